'use client';

import type { Speech } from '@/lib/format/speech';
import { useSpeech } from '@/components/i18n/use-speech';
import type { SatRec } from 'satellite.js';
import type { ObserverFrame, Pass, PathPoint, SkyPoint } from '@/lib/passes';
import { compassName } from '@/lib/format/compass';
import { motionArrow, pathSegments, skyXY, type ChartFrame } from './sky-chart-geometry';
import type { TimeFormat } from './time-format';
import { useLookAnglesDuring } from './use-pass-now';
import styles from './sky-chart.module.css';

const SIZE = 300;
const FRAME: ChartFrame = { cx: SIZE / 2, cy: SIZE / 2, r: 122 };
const CARDINALS = [
  { label: 'N', az: 0 },
  { label: 'E', az: 90 },
  { label: 'S', az: 180 },
  { label: 'W', az: 270 },
];

interface SkyChartProps {
  pass: Pass;
  path: readonly PathPoint[];
  format: TimeFormat;
  /** The station and the observer, to mark where the station is while the pass is under way. */
  live?: { satrec: SatRec; frame: ObserverFrame };
}

const where = (p: SkyPoint, speech: Speech) =>
  `${Math.round(Math.max(0, p.elevationDeg))}° above ${compassName(p.azimuthDeg, speech)} (${Math.round(p.azimuthDeg)}°)`;

/** Why the station stops being visible: it enters the Earth's shadow, it sets, or the sky brightens. */
function vanishWords(pass: Pass, path: readonly PathPoint[]): string {
  const end = pass.visibleEnd;
  if (!end || end.atMs >= pass.set.atMs - 1000) return 'Sets';
  const after = path.find((p) => p.atMs > end.atMs);
  return after && !after.sunlit ? 'Vanishes into the Earth\u2019s shadow' : 'Fades';
}

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

function NowLegend(props: NowProps) {
  return (
    useNowPoint(props) && (
      <li>
        <span className={`${styles.swatch} ${styles.swatchNow}`} /> now
      </li>
    )
  );
}

/** The pass across the sky: a polar plot with the horizon as the rim and the zenith at the centre. */
export function SkyChart({ pass, path, format, live }: SkyChartProps) {
  const speech = useSpeech();
  const segments = pathSegments(path, FRAME);
  const arrow = motionArrow(path, FRAME);
  const start = pass.visibleStart;
  const end = pass.visibleEnd;
  const appear = start ? skyXY(start.azimuthDeg, start.elevationDeg, FRAME) : null;
  const vanish = end ? skyXY(end.azimuthDeg, end.elevationDeg, FRAME) : null;
  const rise = skyXY(pass.rise.azimuthDeg, pass.rise.elevationDeg, FRAME);
  const set = skyXY(pass.set.azimuthDeg, pass.set.elevationDeg, FRAME);
  const title = `Sky chart of the pass: rises in the ${compassName(pass.rise.azimuthDeg, speech)}, highest ${Math.round(pass.maxElevationDeg)}° in the ${compassName(pass.culmination.azimuthDeg, speech)}, sets in the ${compassName(pass.set.azimuthDeg, speech)}`;
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
        {CARDINALS.map(({ label, az }) => {
          const p = skyXY(az, -12, { ...FRAME, r: FRAME.r + 13 });
          return (
            <text
              key={label}
              x={p.x}
              y={p.y}
              className={styles.cardinal}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {label}
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
              {pass.visible ? 'visible' : 'lit in a dark sky, but too low to see'}
            </li>
          )}
          {kinds.has('daylight') && (
            <li>
              <span className={`${styles.swatch} ${styles.swatchDaylight}`} /> sunlit, sky too bright
            </li>
          )}
          {kinds.has('shadow') && (
            <li>
              <span className={`${styles.swatch} ${styles.swatchShadow}`} /> in Earth&apos;s shadow
            </li>
          )}
          {live && <NowLegend pass={pass} {...live} />}
        </ul>
        {start && end ? (
          <ul className={styles.events}>
            <li>
              <span className={styles.dotAppear} aria-hidden="true" />
              <span>
                Appears <time dateTime={new Date(start.atMs).toISOString()}>{format.time(start.atMs)}</time>,{' '}
                {where(start, speech)}
              </span>
            </li>
            <li>
              <span className={styles.dotVanish} aria-hidden="true" />
              <span>
                {vanishWords(pass, path)}{' '}
                <time dateTime={new Date(end.atMs).toISOString()}>{format.time(end.atMs)}</time>, {where(end, speech)}
              </span>
            </li>
          </ul>
        ) : null}
        <p className={styles.orientation}>Compass view: north up, east right, zenith in the centre.</p>
      </figcaption>
    </figure>
  );
}
