'use client';

import { useSpeech } from '@/components/i18n/use-speech';
import { startTransition, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { compassName } from '@/lib/format/compass';
import { formatDuration } from '@/lib/format/duration';
import type { Observer, Pass, SkyPoint } from '@/lib/passes';
import { brightnessWords, formatMagnitude, notVisibleReason } from './pass-words';
import type { TimeFormat } from './time-format';
import { usePassUnderWay } from './use-pass-now';
import styles from './passes.module.css';

interface PassTableProps {
  passes: readonly Pass[];
  observer: Observer;
  format: TimeFormat;
  selectedRiseMs: number | null;
  onSelect: (pass: Pass) => void;
  /**
   * Draw only this many rows in the first render, then as many more in each of the renders that follow (each a
   * transition of its own, after the last was committed). A 10-day list is about 50 rows of 25 elements; drawn in one
   * deferred render they made a task of 90-100 ms at 4x on a phone.
   */
  firstRows?: number;
  /** "± 2 min" for a pass whose times are that uncertain (the elements' age), else null. */
  timingBound?: (pass: Pass) => string | null;
}

const iso = (atMs: number) => new Date(atMs).toISOString();

function Direction({ point }: { point: SkyPoint }) {
  const speech = useSpeech();
  return (
    <span className={styles.dir}>
      {compassName(point.azimuthDeg, speech)} <span className={styles.muted}>{Math.round(point.azimuthDeg)}°</span>
    </span>
  );
}

function TimeCell({ atMs, format, testId }: { atMs: number; format: TimeFormat; testId?: string }) {
  return (
    <time dateTime={iso(atMs)} className={styles.time} data-testid={testId}>
      {format.time(atMs)}
    </time>
  );
}

/** "now" on the row of the pass under way: a leaf that re-renders when its pass starts or ends, not each tick. */
function NowTag({ pass, label }: { pass: Pass; label: string }) {
  return usePassUnderWay(pass) ? <span className={styles.nowTag}>{label}</span> : null;
}

/** Every pass in the window: a table on wide screens, cards on phones (same markup, CSS grid). */
export function PassTable({
  passes,
  observer,
  format,
  selectedRiseMs,
  onSelect,
  firstRows,
  timingBound,
}: PassTableProps) {
  const speech = useSpeech();
  const t = useTranslations('passes');
  const [shownCount, setShownCount] = useState(firstRows ?? Number.POSITIVE_INFINITY);
  useEffect(() => {
    if (firstRows === undefined || shownCount >= passes.length) return;
    startTransition(() => setShownCount((count) => count + firstRows));
  }, [firstRows, shownCount, passes.length]);
  const shown = shownCount >= passes.length ? passes : passes.slice(0, shownCount);
  const complete = shown.length === passes.length;
  return (
    <table
      className={styles.table}
      data-testid="pass-table"
      data-rows={passes.length}
      aria-busy={complete ? undefined : true}
    >
      <caption className="visually-hidden">{t('list.caption', { zone: format.zoneName })}</caption>
      <colgroup>
        <col className={styles.colDate} />
        <col className={styles.colRise} />
        <col className={styles.colMax} />
        <col className={styles.colSet} />
        <col className={styles.colDuration} />
        <col className={styles.colVisibility} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('list.date')}</th>
          <th scope="col">{t('list.rises')}</th>
          <th scope="col">{t('list.highest')}</th>
          <th scope="col">{t('list.sets')}</th>
          <th scope="col">{t('list.duration')}</th>
          <th scope="col">{t('list.visibility')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((pass) => {
          const selected = pass.rise.atMs === selectedRiseMs;
          const bound = timingBound?.(pass) ?? null;
          return (
            <tr
              key={pass.rise.atMs}
              className={`${styles.row} ${pass.visible ? styles.rowVisible : ''} ${selected ? styles.rowSelected : ''}`}
              onClick={() => onSelect(pass)}
              data-testid="pass-row"
              data-rise={iso(pass.rise.atMs)}
              data-visible={pass.visible}
            >
              <td className={styles.cellDate}>
                <button
                  type="button"
                  className={styles.rowButton}
                  aria-pressed={selected}
                  onClick={(event) => {
                    event.stopPropagation();
                    onSelect(pass);
                  }}
                >
                  {format.day(pass.rise.atMs)}
                </button>
                <NowTag pass={pass} label={t('list.now')} />
                {bound && (
                  <span className={styles.rowBound} data-testid="time-bound" title={t('list.boundTitle')}>
                    {t('list.bound', { bound })}
                  </span>
                )}
              </td>
              <td className={styles.cellRise}>
                <span className={styles.cellLabel}>{t('list.rises')} </span>
                <TimeCell atMs={pass.rise.atMs} format={format} testId="rise-time" />{' '}
                <span className={styles.zone}>{format.zone(pass.rise.atMs)}</span>
                <br />
                <Direction point={pass.rise} />
              </td>
              <td className={styles.cellMax}>
                <span className={styles.cellLabel}>{t('list.highest')} </span>
                <strong className={styles.maxEl}>{Math.round(pass.maxElevationDeg)}°</strong>
                <span className={styles.maxTime}>
                  {' '}
                  {t.rich('list.highestAt', {
                    time: format.time(pass.culmination.atMs),
                    muted: (chunks) => <span className={styles.muted}>{chunks}</span>,
                    t: (chunks) => (
                      <time dateTime={iso(pass.culmination.atMs)} className={styles.time}>
                        {chunks}
                      </time>
                    ),
                  })}
                </span>
                <br />
                <Direction point={pass.culmination} />
              </td>
              <td className={styles.cellSet}>
                <span className={styles.cellLabel}>{t('list.sets')} </span>
                <TimeCell atMs={pass.set.atMs} format={format} />
                <br />
                <Direction point={pass.set} />
              </td>
              <td className={styles.cellDuration}>{formatDuration(pass.durationSec, speech)}</td>
              <td className={styles.cellVisibility}>
                {pass.visible && pass.visibleStart && pass.visibleEnd ? (
                  <>
                    <span className={styles.visibleTag}>{t('list.visible')}</span>
                    {pass.magnitude !== null && (
                      <span className={styles.magnitude}>
                        {' '}
                        {t('list.magnitude', {
                          magnitude: formatMagnitude(pass.magnitude, speech.locale),
                          brightness: brightnessWords(pass.magnitude, t),
                        })}
                      </span>
                    )}
                    <br />
                    <span className={styles.visibleWindow}>
                      <TimeCell atMs={pass.visibleStart.atMs} format={format} />–
                      <TimeCell atMs={pass.visibleEnd.atMs} format={format} />
                    </span>
                  </>
                ) : (
                  <span className={styles.muted}>
                    {t('list.notVisible', { reason: notVisibleReason(pass, observer, t, speech.locale) })}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
