/** Input that means someone is using the page: the live map must be there to answer it. */
const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** After the page has loaded, this long without input before the live map replaces the picture anyway. */
export const SETTLE_MS = 4000;

/**
 * Calls `start` once: at the first input on the page, or once the page has loaded and then stayed quiet for
 * `settleMs`, in an idle moment. Until then the page shows the server's picture of the map, so a phone spends its
 * first seconds on the page's own content, not on building Leaflet (about 300 ms of main thread at 4x). Returns a
 * cancel function.
 */
export function onFirstInputOrSettled(start: () => void, settleMs = SETTLE_MS): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cleanup = () => {
    for (const type of INPUTS) window.removeEventListener(type, fire, true);
    window.removeEventListener('load', afterLoad);
    clearTimeout(timer);
    if (idle !== undefined && 'cancelIdleCallback' in window) window.cancelIdleCallback(idle);
  };
  function fire() {
    if (done) return;
    done = true;
    cleanup();
    start();
  }
  function afterLoad() {
    timer = setTimeout(() => {
      if ('requestIdleCallback' in window) idle = window.requestIdleCallback(fire, { timeout: 2000 });
      else fire();
    }, settleMs);
  }
  for (const type of INPUTS) window.addEventListener(type, fire, { capture: true, passive: true });
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
  return () => {
    done = true;
    cleanup();
  };
}
