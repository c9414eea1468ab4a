import L from 'leaflet';

// Leaflet internals a point layer needs to follow zoom animations the way L.Marker does.
interface ZoomInternals {
  _zoomAnimated?: boolean;
  _latLngToNewLayerPoint(latlng: L.LatLng, zoom: number, center: L.LatLng): L.Point;
}

/**
 * A DOM element pinned to a LatLng, positioned with a sub-pixel transform. L.Marker rounds its position to whole
 * pixels (the ISS creeps a fraction of a pixel per frame at world zoom, so it would step) and fires a `move`
 * event per update; this does neither, so it can be moved every animation frame.
 */
export class PointLayer extends L.Layer {
  private readonly element: HTMLElement;
  private latlng: L.LatLng;
  private lastX = Number.NaN;
  private lastY = Number.NaN;
  private zooming = false;

  constructor(element: HTMLElement, latlng: L.LatLngExpression, pane = 'markerPane') {
    super();
    // L.Layer has no initialize(), so options given to its constructor are dropped: set them here, or the point
    // lands in the overlay pane beneath the ground track.
    L.Util.setOptions(this, { pane });
    this.element = element;
    this.latlng = L.latLng(latlng);
  }

  override onAdd(map: L.Map): this {
    const internals = map as unknown as ZoomInternals;
    if (internals._zoomAnimated) this.element.classList.add('leaflet-zoom-animated');
    this.getPane()?.appendChild(this.element);
    this.reposition();
    return this;
  }

  override onRemove(): this {
    this.element.remove();
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      zoom: this.reposition,
      viewreset: this.reposition,
      zoomanim: this.animateZoom as L.LeafletEventHandlerFn,
      zoomend: this.endZoom,
    };
  }

  getElement(): HTMLElement {
    return this.element;
  }

  /** Move the point; cheap enough for every frame. Skipped while Leaflet animates a zoom (it moves the point then). */
  setLatLng(lat: number, lng: number): void {
    this.latlng.lat = lat;
    this.latlng.lng = lng;
    if (!this.zooming) this.reposition();
  }

  private reposition = (): void => {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    const p = map.latLngToLayerPoint(this.latlng);
    // Skip writes that would not move it visibly: most frames at world zoom.
    if (Math.abs(p.x - this.lastX) < 0.02 && Math.abs(p.y - this.lastY) < 0.02) return;
    this.lastX = p.x;
    this.lastY = p.y;
    L.DomUtil.setPosition(this.element, p);
  };

  private animateZoom = (e: L.ZoomAnimEvent): void => {
    const map = this._map as (L.Map & ZoomInternals) | undefined;
    if (!map) return;
    this.zooming = true;
    const p = map._latLngToNewLayerPoint(this.latlng, e.zoom, e.center);
    L.DomUtil.setPosition(this.element, p);
    this.lastX = Number.NaN;
  };

  private endZoom = (): void => {
    this.zooming = false;
    this.lastX = Number.NaN;
    this.reposition();
  };
}
