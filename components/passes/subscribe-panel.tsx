'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { useSpeech } from '@/components/i18n/use-speech';
import { formatLatLon } from '@/lib/format/coordinates';
import { formatDuration } from '@/lib/format/duration';
import { formatNumber } from '@/lib/format/speech';
import type { SatRec } from 'satellite.js';
import { findPasses, type Observer } from '@/lib/passes';
import type { PassFilters } from '@/lib/passes/pass-filters';
import { withFilterParams } from '@/lib/passes/pass-filters';
import { roundCoordinate, roundingEffect } from '@/lib/passes/rounding-effect';
import { MS_PER_DAY } from '@/lib/units';
import styles from './passes.module.css';

const noSubscribe = () => () => undefined;
const ALARM_CHOICES = [5, 10, 15, 30];

interface SubscribePanelProps {
  observer: Observer;
  satrec: SatRec;
  filters: PassFilters;
  fromMs: number;
  days: number;
}

/**
 * The calendar feed to subscribe to. It is the one thing on this page that sends the location to the server (the
 * calendar app fetches the feed with the coordinates in its address), so the panel says so first, offers the
 * coordinates rounded to 0.1 degree, and shows what that rounding changes for this place.
 */
export function SubscribePanel({ observer, satrec, filters, fromMs, days }: SubscribePanelProps) {
  const t = useTranslations('passes');
  const speech = useSpeech();
  const [open, setOpen] = useState(false);
  const [rounded, setRounded] = useState(true);
  const [alarm, setAlarm] = useState(10);
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => '',
  );
  const lat = rounded ? roundCoordinate(observer.latitudeDeg) : Math.round(observer.latitudeDeg * 1e4) / 1e4;
  const lon = rounded ? roundCoordinate(observer.longitudeDeg) : Math.round(observer.longitudeDeg * 1e4) / 1e4;

  // Measured here, for this place and this window, only once the panel is open (a second pass search).
  const effect = useMemo(() => {
    if (!open) return null;
    const options = { fromMs, toMs: fromMs + days * MS_PER_DAY, minElevationDeg: 0 };
    const exact = findPasses(satrec, observer, options);
    const moved = findPasses(
      satrec,
      {
        ...observer,
        latitudeDeg: roundCoordinate(observer.latitudeDeg),
        longitudeDeg: roundCoordinate(observer.longitudeDeg),
      },
      options,
    );
    return roundingEffect(exact, moved);
  }, [open, satrec, observer, fromMs, days]);

  const effectWords = effect && {
    days,
    matched: effect.matched,
    shift:
      effect.maxTimeShiftSec < 1 ? t('subscribe.aSecond') : formatDuration(Math.ceil(effect.maxTimeShiftSec), speech),
    elevation: formatNumber(effect.maxElevationChangeDeg, speech.locale, 1),
  };

  const params = withFilterParams(new URLSearchParams({ lat: String(lat), lon: String(lon) }), filters);
  if (observer.name) params.set('name', observer.name);
  if (observer.heightM !== 0) params.set('height', String(Math.round(observer.heightM)));
  // Like the "visible passes" file: the visible passes of the list as filtered (the feed's default).
  params.delete('visibleOnly');
  params.set('alarm', String(alarm));
  // The calendar's texts in the page's language (an English page keeps the address it always had).
  if (speech.locale !== DEFAULT_LOCALE) params.set('lang', speech.locale);
  const path = `/api/passes.ics?${params.toString()}`;
  // webcal:// makes a phone or a Mac subscribe; the same address with the page's scheme is for pasting.
  const webcal = `${origin.replace(/^https?:/, 'webcal:')}${path}`;
  const https = `${origin}${path}`;

  return (
    <details
      className={styles.subscribe}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="subscribe"
    >
      <summary className={styles.buttonQuiet}>{t('subscribe.summary')}</summary>
      <div className={styles.subscribeBody}>
        <p className={styles.warning} data-testid="subscribe-privacy">
          {t('subscribe.privacy')}
        </p>
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={rounded}
            onChange={(event) => setRounded(event.target.checked)}
            data-testid="subscribe-round"
          />
          {t('subscribe.round', {
            place: formatLatLon(
              roundCoordinate(observer.latitudeDeg),
              roundCoordinate(observer.longitudeDeg),
              speech,
              1,
            ),
          })}
        </label>
        {effect && effectWords && (
          <p className={styles.note} data-testid="subscribe-effect">
            {effect.visibilityChanged + effect.unmatched > 0
              ? t('subscribe.effectBorderline', {
                  ...effectWords,
                  changed: effect.visibilityChanged + effect.unmatched,
                })
              : t('subscribe.effect', effectWords)}
          </p>
        )}
        <label className={styles.control}>
          {t('subscribe.reminder')}
          <select
            value={alarm}
            onChange={(event) => setAlarm(Number(event.target.value))}
            className={styles.select}
            data-testid="subscribe-alarm"
          >
            {ALARM_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t('subscribe.minutesBefore', { duration: formatDuration(m * 60, speech) })}
              </option>
            ))}
          </select>
        </label>
        <p>
          <a className={styles.button} href={webcal} data-testid="subscribe-link">
            {t('subscribe.link')}
          </a>
        </p>
        <p className={styles.note}>{t('subscribe.note')}</p>
        <ul className={styles.note} data-testid="subscribe-help">
          {/* The menu names are the calendar apps' own, as each shows them in this language. */}
          <li>{t('subscribe.apple')}</li>
          <li>
            {t.rich('subscribe.google', {
              url: https,
              code: (chunks) => (
                <code className={styles.feedUrl} data-testid="subscribe-https">
                  {chunks}
                </code>
              ),
            })}
          </li>
          <li>{t('subscribe.outlook')}</li>
        </ul>
      </div>
    </details>
  );
}
