/**
 * One sample of the Skyfield ground-track fixtures (test-support/fixtures/groundtrack*.json; conventions in the reference README):
 * geodetic latitude and longitude, height above the ellipsoid, inertial speed, and the conical-shadow lighting.
 */
export interface GroundTrackSample {
  t: string;
  lat_deg: number;
  lon_deg: number;
  alt_km: number;
  speed_inertial_km_s: number;
  sunlit_geometric_conical: boolean;
}
