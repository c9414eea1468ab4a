import { describe, expect, it } from 'vitest';
import { createLastGood } from './last-good';
import { createOfflineSource } from './offline-source';
import { EMBEDDED, GOOD, START_MS, UPSTREAM_URL, harnessPerTest } from '../../test-support/tle/provider-harness';

const h = harnessPerTest(); // its network fails any request

describe('the offline source (TLE_SOURCE=embedded)', () => {
  it('serves the embedded TLE and describes itself as not configured', () => {
    const source = createOfflineSource(h.config(), h.deps);
    source.poll();
    expect(source.current()).toEqual({ tle: EMBEDDED, source: 'embedded', fetchedAtMs: null });
    expect(source.upstream()).toMatchObject({ configured: false, kind: 'none', location: null, lastAttemptAtMs: null });
  });

  it('reads a newer copy an online run left in DATA_DIR on first use only', async () => {
    const source = createOfflineSource(h.config(), h.deps);
    source.poll();
    await createLastGood(h.config(), h.deps).keepFetched(GOOD, START_MS, UPSTREAM_URL);
    source.poll();
    expect(source.current().source).toBe('embedded'); // a running offline process does not watch DATA_DIR

    const restarted = createOfflineSource(h.config(), h.deps);
    expect(restarted.current().source).toBe('embedded'); // nothing read before the first poll
    restarted.poll();
    expect(restarted.current()).toEqual({ tle: GOOD, source: 'cached', fetchedAtMs: START_MS });
  });
});
