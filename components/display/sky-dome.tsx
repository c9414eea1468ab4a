'use client';

import { useTranslations } from 'next-intl';
import { useSpeech } from '@/components/i18n/use-speech';
import type { PathPoint } from '@/lib/passes';
import { toRadians } from '@/lib/units';
import styles from './display.module.css';

const SIZE = 200;
const C = SIZE / 2;
const R = 84;

/**
 * Horizon at the rim, zenith at the centre, north up and east right (as on the passes page). Rounded to a tenth of
 * a unit (a fraction of a pixel): the server's and the browser's Math.sin differ in the last digits, and unrounded
 * figures made the hydrated attributes differ from the server's HTML.
 */
function xy(azimuthDeg: number, elevationDeg: number): [number, number] {
  const radius = (R * (90 - Math.max(0, Math.min(90, elevationDeg)))) / 90;
  const az = toRadians(azimuthDeg);
  return [Math.round((C + radius * Math.sin(az)) * 10) / 10, Math.round((C - radius * Math.cos(az)) * 10) / 10];
}

/** The four points round the rim, named in the reader's language (O for east in German, 東 in Japanese). */
const CARDINALS = [
  ['N', C, C - R - 6],
  ['S', C, C + R + 6],
  ['E', C + R + 7, C],
  ['W', C - R - 7, C],
] as const;

const polyline = (points: readonly PathPoint[]) =>
  points
    .map((p) =>
      xy(p.azimuthDeg, p.elevationDeg)
        .map((v) => v.toFixed(1))
        .join(','),
    )
    .join(' ');

interface SkyDomeProps {
  path: readonly PathPoint[];
  /** Where the station is now, during the pass. */
  current?: { azimuthDeg: number; elevationDeg: number } | null;
}

/** The pass across the sky, big and plain: the visible stretch bold, where it appears marked. */
export function SkyDome({ path, current }: SkyDomeProps) {
  const t = useTranslations('display.pass');
  const { words } = useSpeech();
  const visible = path.filter((p) => p.visible);
  const first = visible[0];
  const last = visible[visible.length - 1];
  const start = first ? xy(first.azimuthDeg, first.elevationDeg) : null;
  const end = last ? xy(last.azimuthDeg, last.elevationDeg) : null;
  const now = current && current.elevationDeg >= 0 ? xy(current.azimuthDeg, current.elevationDeg) : null;
  return (
    <svg
      className={styles.dome}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={t('sky')}
      data-testid="sky-dome"
    >
      <circle cx={C} cy={C} r={R} className={styles.domeSky} />
      <circle cx={C} cy={C} r={(R * 2) / 3} className={styles.domeRing} />
      <circle cx={C} cy={C} r={R / 3} className={styles.domeRing} />
      <path d={`M${C} ${C - R}V${C + R}M${C - R} ${C}H${C + R}`} className={styles.domeRing} />
      {CARDINALS.map(([point, x, y]) => (
        <text key={point} x={x} y={y} className={styles.domeCardinal}>
          {words(`compass.${point}`)}
        </text>
      ))}
      <polyline points={polyline(path)} className={styles.domePath} />
      {visible.length > 1 && <polyline points={polyline(visible)} className={styles.domeVisible} />}
      {end && <circle cx={end[0]} cy={end[1]} r={4.5} className={styles.domeEnd} />}
      {start && <circle cx={start[0]} cy={start[1]} r={6} className={styles.domeStart} />}
      {now && <circle cx={now[0]} cy={now[1]} r={7} className={styles.domeNow} data-testid="sky-dome-now" />}
    </svg>
  );
}
