'use client';

import { useEffect } from 'react';

/**
 * Registers the service worker (public/sw.js, built after `next build`; see worker/sw.ts) once the page has loaded,
 * so it never competes with the page's own first requests. Production builds only: `next dev` has no worker.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => {
      // updateViaCache 'none': the browser always asks the server for sw.js, so a new build is seen on the next load.
      navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch((error: unknown) => {
        console.warn('[orbit-watch] service worker not registered', error);
      });
    };
    if (document.readyState === 'complete') register();
    else {
      window.addEventListener('load', register, { once: true });
      return () => window.removeEventListener('load', register);
    }
  }, []);
  return null;
}
