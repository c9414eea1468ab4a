import type { Degrees, Meters } from '../units';

/** Where the observer stands, as the passes page holds it. */
export interface ObserverPlace {
  latitudeDeg: Degrees;
  longitudeDeg: Degrees;
  heightM: Meters;
  /** A place name for headings and calendar entries; absent for bare coordinates. */
  name?: string;
}

/** How the location was set, so the page can say so ("from your device", "from the link"). */
export type ObserverSource = 'geolocation' | 'typed' | 'search' | 'link';
