'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
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

/** "51.5° N, 0.1° W" */
const place = (lat: number, lon: number) =>
  `${Math.abs(lat)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon)}° ${lon < 0 ? 'W' : 'E'}`;

/**
 * The calendar feed to subscribe to. It is the one thing on this page that sends the location to the server (the
 * calendar app fetches the feed with the coordinates in its address), so the panel says so first, offers the
 * coordinates rounded to 0.1 degree, and shows what that rounding changes for this place.
 */
export function SubscribePanel({ observer, satrec, filters, fromMs, days }: SubscribePanelProps) {
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

  const params = withFilterParams(new URLSearchParams({ lat: String(lat), lon: String(lon) }), filters);
  if (observer.name) params.set('name', observer.name);
  if (observer.heightM !== 0) params.set('height', String(Math.round(observer.heightM)));
  // Like the "visible passes" file: the visible passes of the list as filtered (the feed's default).
  params.delete('visibleOnly');
  params.set('alarm', String(alarm));
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
      <summary className={styles.buttonQuiet}>Subscribe: reminders in your calendar</summary>
      <div className={styles.subscribeBody}>
        <p className={styles.warning} data-testid="subscribe-privacy">
          Subscribing sends this location to our server: your calendar app fetches the pass list from it every few
          hours, with the coordinates in the address. Nothing else on this page does (the passes are computed on your
          device).
        </p>
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={rounded}
            onChange={(event) => setRounded(event.target.checked)}
            data-testid="subscribe-round"
          />
          Send only {place(roundCoordinate(observer.latitudeDeg), roundCoordinate(observer.longitudeDeg))} (rounded to
          0.1°, within about 8 km)
        </label>
        {effect && (
          <p className={styles.note} data-testid="subscribe-effect">
            Measured for your place over the next {days} days: rounding moves the {effect.matched} passes by at most{' '}
            {effect.maxTimeShiftSec < 1 ? 'a second' : `${Math.ceil(effect.maxTimeShiftSec)} s`} and their highest
            points by at most {effect.maxElevationChangeDeg.toFixed(1)}°
            {effect.visibilityChanged + effect.unmatched > 0
              ? `; ${effect.visibilityChanged + effect.unmatched} borderline pass(es) change`
              : ''}
            .
          </p>
        )}
        <label className={styles.control}>
          Reminder
          <select
            value={alarm}
            onChange={(event) => setAlarm(Number(event.target.value))}
            className={styles.select}
            data-testid="subscribe-alarm"
          >
            {ALARM_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m} min before
              </option>
            ))}
          </select>
        </label>
        <p>
          <a className={styles.button} href={webcal} data-testid="subscribe-link">
            Subscribe to the pass calendar
          </a>
        </p>
        <p className={styles.note}>
          The calendar holds the visible passes of the list as filtered now, each with a reminder, and follows new
          orbital elements by itself.
        </p>
        <ul className={styles.note} data-testid="subscribe-help">
          <li>iPhone, iPad, Mac: open the link above and confirm &ldquo;Subscribe&rdquo;.</li>
          <li>
            Google Calendar (also for Android): on the web, Other calendars, +, From URL, and paste{' '}
            <code className={styles.feedUrl} data-testid="subscribe-https">
              {https}
            </code>
          </li>
          <li>Outlook: Add calendar, Subscribe from web, and paste the same address.</li>
        </ul>
      </div>
    </details>
  );
}
