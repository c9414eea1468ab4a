import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLastGood } from './last-good';
import { createOfflineSource } from './offline-source';
import {
  EMBEDDED,
  GOOD,
  providerHarness,
  START_MS,
  type ProviderHarness,
} from '../../test-support/tle/provider-harness';

let h: ProviderHarness;
beforeEach(() => {
  h = providerHarness(); // its network fails any request
});
afterEach(() => h.cleanup());

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
    await createLastGood(h.config(), h.deps).keepFetched(GOOD, START_MS, 'https://upstream.test/iss.txt');
    source.poll();
    expect(source.current().source).toBe('embedded'); // a running offline process does not watch DATA_DIR

    const restarted = createOfflineSource(h.config(), h.deps);
    expect(restarted.current().source).toBe('embedded'); // nothing read before the first poll
    restarted.poll();
    expect(restarted.current()).toEqual({ tle: GOOD, source: 'cached', fetchedAtMs: START_MS });
  });
});
