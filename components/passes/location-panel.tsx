'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { formatLatLon } from '@/lib/format/coordinates';
import { formatNumber } from '@/lib/format/speech';
import {
  withObserverParams,
  type LinkProblem,
  type ObserverPlace,
  type ObserverSource,
  type Place,
} from '@/lib/observer';
import type { StoredObserver } from '@/app-logic/observer/storage';
import { CoordinateForm } from './coordinate-form';
import { geolocate, type GeolocationFailure } from './geolocate';
import { linkProblem } from './problem-words';
import { PlaceSearch, placeLabel } from './place-search';
import styles from './passes.module.css';

export interface ActiveObserver extends StoredObserver {
  /** Came from the page's link (?lat=&lon=), not saved in this browser. */
  fromLink: boolean;
}

interface LocationPanelProps {
  /** undefined: not known yet (before hydration). */
  observer: ActiveObserver | null | undefined;
  linkProblems: LinkProblem[];
  onSet: (place: ObserverPlace, source: ObserverSource) => void;
  onForget: () => void;
}

/** Where the observer stands: shown when known, and three ways to set it. */
export function LocationPanel({ observer, linkProblems, onSet, onForget }: LocationPanelProps) {
  const speech = useSpeech();
  const t = useTranslations('passes');
  const [editing, setEditing] = useState(false);
  const [locating, setLocating] = useState(false);
  const [geoFailure, setGeoFailure] = useState<GeolocationFailure | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const set = (place: ObserverPlace, source: ObserverSource) => {
    onSet(place, source);
    setEditing(false);
    setGeoFailure(null);
  };

  const useMyLocation = async () => {
    setLocating(true);
    setGeoFailure(null);
    const outcome = await geolocate();
    setLocating(false);
    if (outcome.ok) {
      set(
        {
          latitudeDeg: outcome.latitudeDeg,
          longitudeDeg: outcome.longitudeDeg,
          heightM: outcome.heightM,
          name: t('location.myLocation'),
        },
        'geolocation',
      );
    } else {
      setGeoFailure(outcome.reason);
    }
  };

  const copyLink = async () => {
    if (!observer) return;
    const params = withObserverParams(new URLSearchParams(window.location.search), observer);
    const url = `${window.location.origin}${window.location.pathname}?${params.toString()}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('location.copied'));
    } catch {
      setCopied(url);
    }
  };

  if (observer === undefined) {
    return (
      <section
        className={`${styles.panel} ${styles.locationSkeleton}`}
        aria-busy="true"
        aria-label={t('location.title')}
      />
    );
  }

  const showEditor = observer === null || editing;
  return (
    <section className={styles.panel} aria-labelledby="location-heading" data-testid="location-panel">
      <div className={styles.panelHead}>
        <h2 id="location-heading" className={styles.panelTitle}>
          {t('location.title')}
        </h2>
        {observer && !editing && (
          <div className={styles.actions}>
            <button type="button" className={styles.linkButton} onClick={() => setEditing(true)}>
              {t('location.change')}
            </button>
            <button type="button" className={styles.linkButton} onClick={copyLink}>
              {t('location.copyLink')}
            </button>
            <button type="button" className={styles.linkButton} onClick={onForget}>
              {t('location.forget')}
            </button>
          </div>
        )}
        {observer && editing && (
          <button type="button" className={styles.linkButton} onClick={() => setEditing(false)}>
            {t('location.cancel')}
          </button>
        )}
      </div>

      {observer && (
        <p className={styles.place} data-testid="observer-summary">
          <strong>{observer.name ?? formatLatLon(observer.latitudeDeg, observer.longitudeDeg, speech, 4)}</strong>{' '}
          <span className={styles.muted}>
            {[
              observer.name ? formatLatLon(observer.latitudeDeg, observer.longitudeDeg, speech, 4) : null,
              observer.heightM ? t('location.height', { height: formatNumber(observer.heightM, speech.locale) }) : null,
              t(`location.source.${observer.source}`),
              observer.fromLink ? null : t('location.kept'),
            ]
              .filter((part) => part !== null)
              .join(t('location.separator'))}
          </span>
        </p>
      )}
      {observer?.fromLink && (
        <p className={styles.note}>
          {t('location.fromLink')}{' '}
          <button type="button" className={styles.linkButton} onClick={() => onSet(observer, 'link')}>
            {t('location.remember')}
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
          {t('location.linkProblems', { problems: linkProblems.map((p) => linkProblem(p, t)).join('; ') })}
        </p>
      )}

      {showEditor && (
        <div className={styles.editor}>
          <p className={styles.note}>{t('location.privacy')}</p>
          <div className={styles.geoRow}>
            <button
              type="button"
              className={styles.button}
              onClick={useMyLocation}
              disabled={locating}
              data-testid="use-my-location"
            >
              {locating ? t('location.locating') : t('location.useMine')}
            </button>
            {geoFailure && (
              <p className={styles.fieldError} role="alert" data-testid="geo-message">
                {t(`geo.${geoFailure}`)}
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
                  name: placeLabel(place, speech.locale),
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
