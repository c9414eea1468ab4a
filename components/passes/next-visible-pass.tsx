'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { SatRec } from 'satellite.js';
import { useSimNow } from '@/components/clock/clock-context';
import panel from '@/components/dashboard/panel.module.css';
import { DEFAULT_PASS_DAYS } from '@/lib/passes/window';
import { compassPoint } from '@/lib/format/compass';
import { zonePlaceName } from '@/lib/format/zone-label';
import { formatTimingBound } from '@/lib/format/uncertainty';
import { findPasses } from '@/lib/passes';
import { passListWarning, passPrediction, showsTimingBound } from '@/lib/passes/predictability';
import type { Tle } from '@/lib/tle';
import { MS_PER_DAY } from '@/lib/units';
import { useStoredObserver } from './observer-store';
import { formatMagnitude, formatUntil } from './pass-words';
import { makeTimeFormat } from './time-format';
import { usePlaceTimeZone } from './use-place-time-zone';
import styles from './next-visible-pass.module.css';

/**
 * For the live dashboard's side panel: the next visible pass over the saved location (computed here, in the
 * browser), or a link to set one. Mount inside <ClockProvider>.
 */
export function NextVisiblePass({ satrec, tle }: { satrec: SatRec; tle: Tle }) {
  const stored = useStoredObserver();
  const nowMs = useSimNow();
  const [anchorMs, setAnchorMs] = useState(nowMs);
  const lat = stored?.latitudeDeg;
  const lon = stored?.longitudeDeg;
  // The place's own zone, as on /passes (looked up on this device; this device's zone until it has loaded).
  const placeZone = usePlaceTimeZone(lat, lon);
  const format = useMemo(() => makeTimeFormat(placeZone ?? undefined), [placeZone]);
  const height = stored?.heightM ?? 0;

  const visible = useMemo(() => {
    if (lat === undefined || lon === undefined) return [];
    const observer = { latitudeDeg: lat, longitudeDeg: lon, heightM: height };
    return findPasses(satrec, observer, { fromMs: anchorMs, toMs: anchorMs + DEFAULT_PASS_DAYS * MS_PER_DAY })
      .filter((p) => p.visible)
      .map((pass) => ({ pass, prediction: passPrediction(tle, pass) }));
  }, [satrec, tle, lat, lon, height, anchorMs]);
  // Never a countdown to a pass the elements cannot predict: the first predictable one, or the reason there is none.
  const firstEntry = visible.find((v) => v.prediction.predictable);
  const first = firstEntry?.pass;
  const bound =
    firstEntry && showsTimingBound(firstEntry.prediction)
      ? formatTimingBound(firstEntry.prediction.timeUncertaintySeconds)
      : null;
  const unpredictable =
    visible.length > 0 && !firstEntry
      ? passListWarning(
          visible.map((v) => v.prediction),
          tle,
          anchorMs,
        )
      : null;
  // Past the end of the visible part: look again from now.
  if (first?.visibleEnd && nowMs > first.visibleEnd.atMs) setAnchorMs(nowMs);

  if (stored === undefined) {
    // Server and hydration render (the saved location lives in the browser): hold the panel's place at the size
    // of its no-location form, so the panels below do not jump down when it appears.
    return (
      <section className={`${panel.panel} ${panel.badge}`} aria-labelledby="next-visible-heading" aria-busy="true">
        <div className={panel.headerRow}>
          <h2 id="next-visible-heading" className={panel.title}>
            Next visible pass
          </h2>
        </div>
        <p className={`${panel.note} ${styles.pending}`} />
      </section>
    );
  }
  return (
    <section
      className={`${panel.panel} ${panel.badge}`}
      aria-labelledby="next-visible-heading"
      data-testid="next-visible-pass"
    >
      <div className={panel.headerRow}>
        <h2 id="next-visible-heading" className={panel.title}>
          Next visible pass
        </h2>
        {stored && (
          <Link href="/passes" className={panel.note} prefetch={false}>
            All passes
          </Link>
        )}
      </div>
      {stored === null ? (
        <p className={panel.note}>
          <Link href="/passes" prefetch={false}>
            Set your location to see passes
          </Link>
          : when and where to look for the station.
        </p>
      ) : first?.visibleStart && first.visibleEnd ? (
        <>
          <p className={styles.countdown} suppressHydrationWarning>
            {nowMs >= first.visibleStart.atMs ? 'Visible now' : `in ${formatUntil(first.visibleStart.atMs - nowMs)}`}
            {bound && (
              <span className={styles.bound} data-testid="next-visible-bound">
                {' '}
                {bound}
              </span>
            )}
          </p>
          <p className={panel.note} suppressHydrationWarning>
            <time dateTime={new Date(first.visibleStart.atMs).toISOString()} data-testid="next-visible-time">
              {format.day(first.visibleStart.atMs)}, {format.time(first.visibleStart.atMs)}{' '}
              {format.zone(first.visibleStart.atMs)}
              {placeZone ? ` (${zonePlaceName(placeZone) ?? 'nautical'} time)` : ''}
            </time>
            {' · '}from {compassPoint(first.visibleStart.azimuthDeg)} to {compassPoint(first.visibleEnd.azimuthDeg)}, up
            to {Math.round(first.maxElevationDeg)}°
            {first.magnitude !== null ? `, mag ${formatMagnitude(first.magnitude)}` : ''}
            {stored.name ? ` · over ${stored.name}` : ''}
          </p>
        </>
      ) : unpredictable ? (
        <p className={panel.warning} data-testid="next-visible-unpredictable">
          {unpredictable}
        </p>
      ) : (
        <p className={panel.note}>
          No visible pass{stored.name ? ` over ${stored.name}` : ''} in the next {DEFAULT_PASS_DAYS} days.{' '}
          <Link href="/passes" prefetch={false}>
            See all passes
          </Link>
        </p>
      )}
    </section>
  );
}
