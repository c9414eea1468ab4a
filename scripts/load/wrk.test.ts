import { describe, expect, it } from 'vitest';
import { parseWrkOutput, wrkDurationMs } from './wrk';

// Output of `wrk -t1 -c10 -d3s --latency` (wrk 4.1.0, Debian) against this project's server.
const OK = `Running 3s test @ http://127.0.0.1:3302/api/tle
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    34.45ms   49.49ms 420.06ms   93.92%
    Req/Sec   421.17    130.63   585.00     72.41%
  Latency Distribution
     50%  921.00us
     75%   31.36ms
     90%   48.13ms
     99%    1.02s
  1222 requests in 3.01s, 1.45MB read
Requests/sec:    405.69
Transfer/sec:    492.36KB
`;

const FAILING = `Running 2s test @ http://127.0.0.1:3302/api/nothing
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    21.10ms   11.22ms  87.59ms   80.78%
    Req/Sec   489.05    113.87   737.00     60.00%
  Latency Distribution
     50%   18.28ms
     75%   25.59ms
     90%   35.90ms
     99%   57.41ms
  977 requests in 2.01s, 0.91MB read
  Socket errors: connect 2, read 3, write 0, timeout 7
  Non-2xx or 3xx responses: 977
Requests/sec:    486.42
Transfer/sec:    463.59KB
`;

describe('parseWrkOutput', () => {
  it('reads throughput, percentiles in any unit and the maximum', () => {
    expect(parseWrkOutput(OK)).toEqual({
      requests: 1222,
      requestsPerSecond: 405.69,
      latencyP50Ms: 0.921,
      latencyP99Ms: 1020,
      latencyMaxMs: 420.06,
      errors: 0,
      timeouts: 0,
      non2xx: 0,
    });
  });

  it('counts socket errors, timeouts and non-2xx answers, which fail a load run', () => {
    expect(parseWrkOutput(FAILING)).toMatchObject({ errors: 5, timeouts: 7, non2xx: 977, latencyP99Ms: 57.41 });
  });

  it('refuses output without the latency distribution rather than report a p99 of zero', () => {
    const withoutDistribution = OK.replace(/ {2}Latency Distribution[\s\S]*?99%.*\n/, '');
    expect(() => parseWrkOutput(withoutDistribution)).toThrow(/50th percentile/);
  });

  it('converts wrk durations and rejects anything else', () => {
    expect(wrkDurationMs('420.06us')).toBeCloseTo(0.42006, 9);
    expect(wrkDurationMs('2.00m')).toBe(120_000);
    expect(() => wrkDurationMs('fast')).toThrow(/not a wrk duration/);
  });
});
