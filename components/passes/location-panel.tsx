'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { useState } from 'react';
import { formatLatLon } from '@/lib/format/coordinates';
import { withObserverParams, type ObserverPlace, type ObserverSource, type Place } from '@/lib/observer';
import type { StoredObserver } from '@/app-logic/observer/storage';
import { CoordinateForm } from './coordinate-form';
import { geolocate } from './geolocate';
import { PlaceSearch, placeLabel } from './place-search';
import styles from './passes.module.css';

export interface ActiveObserver extends StoredObserver {
  /** Came from the page's link (?lat=&lon=), not saved in this browser. */
  fromLink: boolean;
}

interface LocationPanelProps {
  /** undefined: not known yet (before hydration). */
  observer: ActiveObserver | null | undefined;
  linkProblems: string[];
  onSet: (place: ObserverPlace, source: ObserverSource) => void;
  onForget: () => void;
}

const SOURCE_WORDS: Record<ObserverSource, string> = {
  geolocation: 'from your device',
  typed: 'typed coordinates',
  search: 'from the place list',
  link: 'from the link',
};

/** Where the observer stands: shown when known, and three ways to set it. */
export function LocationPanel({ observer, linkProblems, onSet, onForget }: LocationPanelProps) {
  const speech = useSpeech();
  const [editing, setEditing] = useState(false);
  const [locating, setLocating] = useState(false);
  const [geoMessage, setGeoMessage] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const set = (place: ObserverPlace, source: ObserverSource) => {
    onSet(place, source);
    setEditing(false);
    setGeoMessage(null);
  };

  const useMyLocation = async () => {
    setLocating(true);
    setGeoMessage(null);
    const outcome = await geolocate();
    setLocating(false);
    if (outcome.ok) {
      set(
        {
          latitudeDeg: outcome.latitudeDeg,
          longitudeDeg: outcome.longitudeDeg,
          heightM: outcome.heightM,
          name: 'My location',
        },
        'geolocation',
      );
    } else {
      setGeoMessage(outcome.message);
    }
  };

  const copyLink = async () => {
    if (!observer) return;
    const params = withObserverParams(new URLSearchParams(window.location.search), observer);
    const url = `${window.location.origin}${window.location.pathname}?${params.toString()}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied. Anyone opening it sees the passes for this place.');
    } catch {
      setCopied(url);
    }
  };

  if (observer === undefined) {
    return (
      <section className={`${styles.panel} ${styles.locationSkeleton}`} aria-busy="true" aria-label="Your location" />
    );
  }

  const showEditor = observer === null || editing;
  return (
    <section className={styles.panel} aria-labelledby="location-heading" data-testid="location-panel">
      <div className={styles.panelHead}>
        <h2 id="location-heading" className={styles.panelTitle}>
          Your location
        </h2>
        {observer && !editing && (
          <div className={styles.actions}>
            <button type="button" className={styles.linkButton} onClick={() => setEditing(true)}>
              Change
            </button>
            <button type="button" className={styles.linkButton} onClick={copyLink}>
              Copy link
            </button>
            <button type="button" className={styles.linkButton} onClick={onForget}>
              Forget
            </button>
          </div>
        )}
        {observer && editing && (
          <button type="button" className={styles.linkButton} onClick={() => setEditing(false)}>
            Cancel
          </button>
        )}
      </div>

      {observer && (
        <p className={styles.place} data-testid="observer-summary">
          <strong>{observer.name ?? formatLatLon(observer.latitudeDeg, observer.longitudeDeg, speech, 4)}</strong>{' '}
          <span className={styles.muted}>
            {observer.name ? `${formatLatLon(observer.latitudeDeg, observer.longitudeDeg, speech, 4)}, ` : ''}
            {observer.heightM ? `${Math.round(observer.heightM)} m, ` : ''}
            {SOURCE_WORDS[observer.source]}
            {observer.fromLink ? '' : ', kept in this browser'}
          </span>
        </p>
      )}
      {observer?.fromLink && (
        <p className={styles.note}>
          This place came with the link and is not saved.{' '}
          <button type="button" className={styles.linkButton} onClick={() => onSet(observer, 'link')}>
            Remember it here
          </button>
        </p>
      )}
      {copied && (
        <p className={styles.note} role="status">
          {copied}
        </p>
      )}
      {linkProblems.length > 0 && (
        <p className={styles.warning} role="alert">
          The link&apos;s location was not used: {linkProblems.join('; ')}.
        </p>
      )}

      {showEditor && (
        <div className={styles.editor}>
          <p className={styles.note}>Passes are worked out in this browser: your location is never sent anywhere.</p>
          <div className={styles.geoRow}>
            <button
              type="button"
              className={styles.button}
              onClick={useMyLocation}
              disabled={locating}
              data-testid="use-my-location"
            >
              {locating ? 'Finding you…' : 'Use my location'}
            </button>
            {geoMessage && (
              <p className={styles.fieldError} role="alert" data-testid="geo-message">
                {geoMessage}
              </p>
            )}
          </div>
          <PlaceSearch
            onPick={(place: Place) =>
              set(
                {
                  latitudeDeg: place.latitudeDeg,
                  longitudeDeg: place.longitudeDeg,
                  heightM: 0,
                  name: placeLabel(place),
                },
                'search',
              )
            }
          />
          <CoordinateForm initial={observer} onSubmit={(place) => set(place, 'typed')} />
        </div>
      )}
    </section>
  );
}
