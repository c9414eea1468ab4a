'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { CompassPointKey, Speech } from '@/lib/format/speech';
import { useSpeech } from '@/components/i18n/use-speech';
import type { SatRec } from 'satellite.js';
import type { ObserverFrame, Pass, PathPoint, SkyPoint } from '@/lib/passes';
import { compassName } from '@/lib/format/compass';
import { motionArrow, pathSegments, skyXY, type ChartFrame } from './sky-chart-geometry';
import type { PassesWords } from './pass-words';
import type { TimeFormat } from './time-format';
import { useLookAnglesDuring } from './use-pass-now';
import styles from './sky-chart.module.css';

const SIZE = 300;
const FRAME: ChartFrame = { cx: SIZE / 2, cy: SIZE / 2, r: 122 };
// Labelled with the compass words of the reader's language ("O" for west in French, "北" in Japanese).
const CARDINALS: readonly { point: CompassPointKey; az: number }[] = [
  { point: 'N', az: 0 },
  { point: 'E', az: 90 },
  { point: 'S', az: 180 },
  { point: 'W', az: 270 },
];

interface SkyChartProps {
  pass: Pass;
  path: readonly PathPoint[];
  format: TimeFormat;
  /** The station and the observer, to mark where the station is while the pass is under way. */
  live?: { satrec: SatRec; frame: ObserverFrame };
}

const where = (p: SkyPoint, speech: Speech, t: PassesWords) =>
  t('chart.where', {
    elevation: Math.round(Math.max(0, p.elevationDeg)),
    direction: compassName(p.azimuthDeg, speech),
    azimuth: Math.round(p.azimuthDeg),
  });

/** Why the station stops being visible: it enters the Earth's shadow, it sets, or the sky brightens. */
function vanishKey(pass: Pass, path: readonly PathPoint[]): 'chart.sets' | 'chart.vanishes' | 'chart.fades' {
  const end = pass.visibleEnd;
  if (!end || end.atMs >= pass.set.atMs - 1000) return 'chart.sets';
  const after = path.find((p) => p.atMs > end.atMs);
  return after && !after.sunlit ? 'chart.vanishes' : 'chart.fades';
}

/** A time in a sentence, machine-readable too. */
const timeTag = (atMs: number) =>
  function TimeTag(chunks: ReactNode) {
    return <time dateTime={new Date(atMs).toISOString()}>{chunks}</time>;
  };

interface NowProps {
  pass: Pass;
  satrec: SatRec;
  frame: ObserverFrame;
}

/** Where the station is in this sky now, while the pass is on: leaves, so the chart itself does not tick. */
function useNowPoint({ pass, satrec, frame }: NowProps) {
  const current = useLookAnglesDuring(satrec, frame, pass);
  return current && current.elevationDeg >= 0 ? skyXY(current.azimuthDeg, current.elevationDeg, FRAME) : null;
}

function NowDot(props: NowProps) {
  const now = useNowPoint(props);
  return now && <circle cx={now.x} cy={now.y} r={6.5} className={styles.now} />;
}

function NowLegend({ label, ...props }: NowProps & { label: string }) {
  return (
    useNowPoint(props) && (
      <li>
        <span className={`${styles.swatch} ${styles.swatchNow}`} /> {label}
      </li>
    )
  );
}

/** The pass across the sky: a polar plot with the horizon as the rim and the zenith at the centre. */
export function SkyChart({ pass, path, format, live }: SkyChartProps) {
  const speech = useSpeech();
  const t = useTranslations('passes');
  const segments = pathSegments(path, FRAME);
  const arrow = motionArrow(path, FRAME);
  const start = pass.visibleStart;
  const end = pass.visibleEnd;
  const appear = start ? skyXY(start.azimuthDeg, start.elevationDeg, FRAME) : null;
  const vanish = end ? skyXY(end.azimuthDeg, end.elevationDeg, FRAME) : null;
  const rise = skyXY(pass.rise.azimuthDeg, pass.rise.elevationDeg, FRAME);
  const set = skyXY(pass.set.azimuthDeg, pass.set.elevationDeg, FRAME);
  const title = t('chart.title', {
    rise: compassName(pass.rise.azimuthDeg, speech),
    elevation: Math.round(pass.maxElevationDeg),
    highest: compassName(pass.culmination.azimuthDeg, speech),
    set: compassName(pass.set.azimuthDeg, speech),
  });
  const kinds = new Set(segments.map((s) => s.kind));

  return (
    <figure className={styles.figure} data-testid="sky-chart">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className={styles.svg} role="img" aria-label={title}>
        <circle cx={FRAME.cx} cy={FRAME.cy} r={FRAME.r} className={styles.sky} />
        {[60, 30].map((el) => (
          <g key={el}>
            <circle cx={FRAME.cx} cy={FRAME.cy} r={(FRAME.r * (90 - el)) / 90} className={styles.ring} />
            <text x={FRAME.cx + 3} y={FRAME.cy - (FRAME.r * (90 - el)) / 90 + 11} className={styles.ringLabel}>
              {el}°
            </text>
          </g>
        ))}
        <line x1={FRAME.cx - FRAME.r} y1={FRAME.cy} x2={FRAME.cx + FRAME.r} y2={FRAME.cy} className={styles.axis} />
        <line x1={FRAME.cx} y1={FRAME.cy - FRAME.r} x2={FRAME.cx} y2={FRAME.cy + FRAME.r} className={styles.axis} />
        <circle cx={FRAME.cx} cy={FRAME.cy} r={FRAME.r} className={styles.horizon} />
        {CARDINALS.map(({ point, az }) => {
          const p = skyXY(az, -12, { ...FRAME, r: FRAME.r + 13 });
          return (
            <text
              key={point}
              x={p.x}
              y={p.y}
              className={styles.cardinal}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {speech.words(`compass.${point}`)}
            </text>
          );
        })}
        {segments.map((segment, i) => (
          <path key={i} d={segment.d} className={styles[segment.kind]} data-kind={segment.kind} />
        ))}
        {arrow && (
          <path
            d="M -7 -5.5 L 6 0 L -7 5.5 Z"
            transform={`translate(${arrow.x.toFixed(1)} ${arrow.y.toFixed(1)}) rotate(${arrow.angleDeg.toFixed(1)})`}
            className={styles.arrow}
            data-testid="sky-arrow"
          />
        )}
        <circle cx={rise.x} cy={rise.y} r={3} className={styles.endpoint} />
        <circle cx={set.x} cy={set.y} r={3} className={styles.endpoint} />
        {appear && <circle cx={appear.x} cy={appear.y} r={6} className={styles.appear} data-testid="sky-appear" />}
        {vanish && (
          <g transform={`translate(${vanish.x.toFixed(1)} ${vanish.y.toFixed(1)})`} data-testid="sky-vanish">
            <circle r={6} className={styles.vanish} />
            <path d="M -3.5 -3.5 L 3.5 3.5 M 3.5 -3.5 L -3.5 3.5" className={styles.vanishCross} />
          </g>
        )}
        {live && <NowDot pass={pass} {...live} />}
      </svg>
      <figcaption className={styles.caption}>
        <ul className={styles.legend}>
          {kinds.has('visible') && (
            <li>
              <span className={`${styles.swatch} ${styles.swatchVisible}`} />{' '}
              {pass.visible ? t('chart.visible') : t('chart.tooLow')}
            </li>
          )}
          {kinds.has('daylight') && (
            <li>
              <span className={`${styles.swatch} ${styles.swatchDaylight}`} /> {t('chart.daylight')}
            </li>
          )}
          {kinds.has('shadow') && (
            <li>
              <span className={`${styles.swatch} ${styles.swatchShadow}`} /> {t('chart.shadow')}
            </li>
          )}
          {live && <NowLegend pass={pass} {...live} label={t('chart.now')} />}
        </ul>
        {start && end ? (
          <ul className={styles.events}>
            <li>
              <span className={styles.dotAppear} aria-hidden="true" />
              <span>
                {t.rich('chart.appears', {
                  time: format.time(start.atMs),
                  where: where(start, speech, t),
                  t: timeTag(start.atMs),
                })}
              </span>
            </li>
            <li>
              <span className={styles.dotVanish} aria-hidden="true" />
              <span>
                {t.rich(vanishKey(pass, path), {
                  time: format.time(end.atMs),
                  where: where(end, speech, t),
                  t: timeTag(end.atMs),
                })}
              </span>
            </li>
          </ul>
        ) : null}
        <p className={styles.orientation}>{t('chart.orientation')}</p>
      </figcaption>
    </figure>
  );
}
