import styles from './orbit-map.module.css';

export interface MapLegendLabels {
  nextOrbit: string;
  lastOrbit: string;
  mayBe: string;
}

/**
 * The track's key, drawn by the live map and by the server's picture of it (no hooks: it renders in both). The
 * "where it may be" entry shows while the map beside it draws that band (orbit-map.module.css).
 */
export function MapLegend({ labels, bound }: { labels: MapLegendLabels; bound: boolean }) {
  return (
    <div className={styles.legend} aria-hidden="true">
      <span className={styles.legendAhead}>{labels.nextOrbit}</span>
      <span className={styles.legendBehind}>{labels.lastOrbit}</span>
      {bound && <span className={styles.legendBound}>{labels.mayBe}</span>}
    </div>
  );
}
