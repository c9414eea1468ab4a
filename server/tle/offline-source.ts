import type { ServerConfig } from '../config';
import { createLastGood } from './last-good';
import type { TleProvider, TleSourceDeps } from './types';
import { describeUpstream } from './upstream-record';

/**
 * TLE_SOURCE=embedded: asks nobody. Serves the copy an earlier online run left in DATA_DIR when it is newer
 * than the embedded TLE, else the embedded one.
 */
export function createOfflineSource(config: ServerConfig, deps: TleSourceDeps): TleProvider {
  const lastGood = createLastGood(config, deps);
  const upstream = describeUpstream(config);
  let loaded = false;
  return {
    poll() {
      if (loaded) return;
      loaded = true;
      lastGood.load(deps.nowMs());
    },
    current: () => lastGood.current(),
    upstream: () => ({ ...upstream }),
    persistence: () => lastGood.persistence(),
  };
}
