import L from 'leaflet';

// Leaflet internals this renderer reads: the map it is on and the clip box its paths were last cut to.
interface RendererInternals {
  _map?: L.Map;
  _bounds?: L.Bounds;
}

const svgUpdate = (L.SVG.prototype as unknown as { _update(this: L.SVG): void })._update;

/** Fraction of the padding the view may use up before the paths are cut again. */
const DRIFT_OF_PADDING = 0.25;

/**
 * An SVG renderer that cuts its paths to the view again only once the view has drifted into its padding.
 * Leaflet re-clips and re-simplifies every path of a renderer after every pan, however small. A map following the
 * station pans a few pixels every few seconds, and each of those pans re-cut the whole ground track, the footprint
 * and the night shade, while the padding already held a screen of drawing on each side of the view.
 */
export class LazySvg extends L.SVG {
  private drawnFor: { originX: number; originY: number; zoom: number; sizeX: number; sizeY: number } | null = null;

  // Leaflet calls this on moveend, on viewreset and when the renderer is added.
  _update(): void {
    const map = (this as unknown as RendererInternals)._map;
    if (map && this.stillCovers(map)) return;
    svgUpdate.call(this);
    if (!map) return;
    const origin = map.getPixelOrigin();
    const size = map.getSize();
    this.drawnFor = { originX: origin.x, originY: origin.y, zoom: map.getZoom(), sizeX: size.x, sizeY: size.y };
  }

  /**
   * True while the paths as last cut still cover the view with most of the padding to spare. Any zoom, resize or
   * new pixel origin (Leaflet's view resets) cuts again: the last cut's box is then in other coordinates.
   */
  private stillCovers(map: L.Map): boolean {
    const drawn = this.drawnFor;
    const bounds = (this as unknown as RendererInternals)._bounds;
    if (drawn === null || bounds?.min === undefined || bounds.max === undefined) return false;
    const origin = map.getPixelOrigin();
    const size = map.getSize();
    if (
      drawn.zoom !== map.getZoom() ||
      drawn.originX !== origin.x ||
      drawn.originY !== origin.y ||
      drawn.sizeX !== size.x ||
      drawn.sizeY !== size.y
    ) {
      return false;
    }
    const padding = this.options.padding ?? 0.1;
    const spare = padding * (1 - DRIFT_OF_PADDING);
    const viewMin = map.containerPointToLayerPoint([0, 0]);
    return (
      viewMin.x - size.x * spare >= bounds.min.x &&
      viewMin.y - size.y * spare >= bounds.min.y &&
      viewMin.x + size.x * (1 + spare) <= bounds.max.x &&
      viewMin.y + size.y * (1 + spare) <= bounds.max.y
    );
  }
}
