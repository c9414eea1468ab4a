import { useEffect } from 'react';

/**
 * Keep the screen on where the browser offers a Wake Lock. The lock is dropped whenever the page is hidden, so it is
 * asked for again each time the page becomes visible. Failure (no support, no permission, battery saver) is silent:
 * the kiosk's own power settings are the fallback.
 */
export function useWakeLock(): void {
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!wakeLock) return;
    let sentinel: WakeLockSentinel | null = null;
    let disposed = false;
    const request = () => {
      if (document.visibilityState !== 'visible' || (sentinel !== null && !sentinel.released)) return;
      wakeLock.request('screen').then(
        (lock) => {
          if (disposed) void lock.release();
          else sentinel = lock;
        },
        () => undefined,
      );
    };
    const onVisibility = () => request();
    document.addEventListener('visibilitychange', onVisibility);
    request();
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisibility);
      if (sentinel !== null && !sentinel.released) void sentinel.release();
      sentinel = null;
    };
  }, []);
}
