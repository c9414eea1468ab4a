/**
 * Runs `fn` in a task of its own once the page has painted its first content (browser only), or after `fallbackMs`
 * if no paint is reported (a tab opened in the background paints nothing until it is shown).
 *
 * What the map needs but the first paint does not (Leaflet's chunk, the Natural Earth file) starts here: requested
 * with the HTML, they share the phone's slow link with the page's own CSS and scripts and so hold back the first
 * paint and the largest one (Lighthouse's simulated LCP counts every request that ended before it).
 */
export function afterFirstPaint(fn: () => void, fallbackMs = 3000): void {
  if (typeof window === 'undefined') return;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    setTimeout(fn, 0);
  };
  const fallback = setTimeout(run, fallbackMs);
  try {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
      observer.disconnect();
      clearTimeout(fallback);
      run();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the fallback runs it.
  }
}
