import type { MapPictureData, WorldPoint } from '@/app-logic/map/map-picture';
import { MapLegend, type MapLegendLabels } from './map-legend';
import { HIGHLIGHT, NIGHT, OBSERVER, STATION, TRACK_AHEAD, TRACK_BEHIND } from './palette';
import { STATION_CHEVRON } from './station-marker';
import mapStyles from './orbit-map.module.css';
import styles from './map-picture.module.css';

const WORLDS = [-1000, 0, 1000] as const;
const LINE = {
  fill: 'none',
  vectorEffect: 'non-scaling-stroke',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

/** A point's place as CSS numbers: across as an offset from the centre on the nearest world copy, down as is. */
function offsetFrom(centre: WorldPoint, point: WorldPoint): { dx: string; y: string } {
  const dx = point.x - centre.x;
  return { dx: (dx - Math.round(dx)).toFixed(5), y: point.y.toFixed(5) };
}

/** The picture's numbers as CSS custom properties (and the heading): the one place they are written. */
export function pictureVariables(data: MapPictureData): string {
  const vars = [`--ow-fx:${data.centre.x.toFixed(5)}`, `--ow-fy:${data.centre.y.toFixed(5)}`];
  if (data.station) {
    const { dx, y } = offsetFrom(data.centre, data.station);
    vars.push(
      `--ow-sx:${dx}`,
      `--ow-sy:${y}`,
      `--ow-heading:${(Math.round(data.station.headingDeg * 10) / 10).toString()}deg`,
    );
  }
  if (data.observer) {
    const { dx, y } = offsetFrom(data.centre, data.observer);
    vars.push(`--ow-ox:${dx}`, `--ow-oy:${y}`);
  }
  return vars.join(';');
}

export interface MapPictureProps {
  data: MapPictureData;
  legend: MapLegendLabels;
  /** The document's CSP nonce: the server's picture places itself with a nonced <style> before any script runs. */
  nonce?: string;
}

/**
 * The live map as a picture, shown from the first paint until Leaflet takes over (map-loader.tsx): basemap, night,
 * ground track, the band where the station may be, a picked pass, the observer and the marker, placed exactly
 * where the live map opens (world-fit zoom, centred on the station when it follows it, the view kept within the
 * world), so the hand-over moves nothing. The view is placed by CSS alone (container units), so it fits any screen
 * without a script. Its numbers come as custom properties: in a nonced style element when the server draws it (the
 * CSP allows no style attributes), and through the CSSOM otherwise (map-loader reads `data-vars`).
 */
export function MapPicture({ data, legend, nonce }: MapPictureProps) {
  const vars = pictureVariables(data);
  const circle = data.observer?.circle ?? null;
  return (
    <div
      className={`${mapStyles.frame} ${styles.picture}`}
      data-ow-picture=""
      data-vars={vars}
      data-testid="map-picture"
      aria-hidden="true"
    >
      {nonce !== undefined && <style nonce={nonce}>{`[data-ow-picture]{${vars}}`}</style>}
      <div className={`${mapStyles.map} ${styles.view}`} data-uncertainty={data.uncertaintyShown ?? undefined}>
        {/* elementtiming: the page's scripts start once the browser reports this basemap painted (its largest
            picture: server/http/paint-first.mjs). */}
        <svg
          className={styles.world}
          viewBox="-1000 0 3000 1000"
          preserveAspectRatio="none"
          focusable="false"
          {...{ elementtiming: 'map-picture' }}
        >
          <defs>
            <g id="ow-picture-live">
              {data.night.map((d, i) => (
                <path key={i} d={d} fill={NIGHT} fillOpacity={0.24} fillRule="evenodd" />
              ))}
              {circle && (
                <ellipse
                  cx={circle.cx * 1000}
                  cy={circle.cy * 1000}
                  rx={circle.rx * 1000}
                  ry={circle.ry * 1000}
                  stroke={OBSERVER}
                  strokeWidth={1}
                  strokeOpacity={0.45}
                  strokeDasharray="3 5"
                  {...LINE}
                />
              )}
              <path d={data.uncertainty} stroke={STATION} strokeWidth={14} strokeOpacity={0.22} {...LINE} />
              <path d={data.behind} stroke={TRACK_BEHIND} strokeWidth={1.6} strokeOpacity={0.7} {...LINE} />
              <path
                d={data.aheadRest}
                stroke={TRACK_AHEAD}
                strokeWidth={1.6}
                strokeOpacity={0.55}
                strokeDasharray="2 7"
                {...LINE}
              />
              <path d={data.aheadFirst} stroke={TRACK_AHEAD} strokeWidth={2.2} strokeOpacity={0.95} {...LINE} />
              <path d={data.highlight} stroke={HIGHLIGHT} strokeWidth={5} strokeOpacity={0.9} {...LINE} />
            </g>
          </defs>
          {WORLDS.map((x) => (
            <use key={x} href="#ow-picture-live" x={x} />
          ))}
        </svg>
        {data.observer && <div className={`${mapStyles.observer} ${styles.observer}`} />}
        {data.station && (
          <div className={`${mapStyles.station} ${styles.station}`}>
            <span data-part="halo" />
            <svg data-part="heading" viewBox="-20 -20 40 40" width="40" height="40" focusable="false">
              <path d={STATION_CHEVRON} stroke={STATION} strokeWidth={2.4} {...LINE} />
            </svg>
            <span data-part="dot" />
          </div>
        )}
      </div>
      <MapLegend labels={legend} bound={data.uncertaintyShown !== null} />
    </div>
  );
}
