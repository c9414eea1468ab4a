import { useEffect, useState } from 'react';

/**
 * False on the server, during hydration and in the first browser render; true one task later. For text only the
 * browser can write (the viewer's local time) whose first formatting is costly (the first Intl formatter of a
 * page loads locale data): it then runs after the page and its map have come up, not inside hydration.
 */
export function useSoonAfterMount(): boolean {
  const [soon, setSoon] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setSoon(true), 0);
    return () => clearTimeout(id);
  }, []);
  return soon;
}
