import { describe, expect, it } from 'vitest';
import { parseServerArgs } from './next-server.mjs';

describe('parseServerArgs: the options of next start', () => {
  it('reads -p/--port and -H/--hostname, spaced or with =, and the keep-alive timeout', () => {
    expect(parseServerArgs(['-p', '3100', '-H', '127.0.0.1'], {})).toEqual({
      port: 3100,
      hostname: '127.0.0.1',
      keepAliveTimeoutMs: undefined,
    });
    expect(parseServerArgs(['--port=3200', '--hostname=0.0.0.0', '--keepAliveTimeout', '70000'], {})).toEqual({
      port: 3200,
      hostname: '0.0.0.0',
      keepAliveTimeoutMs: 70000,
    });
  });

  it('takes the port from PORT, then 3000, and listens on every interface unless told', () => {
    expect(parseServerArgs([], { PORT: '8080' })).toEqual({
      port: 8080,
      hostname: undefined,
      keepAliveTimeoutMs: undefined,
    });
    expect(parseServerArgs([], {})).toEqual({ port: 3000, hostname: undefined, keepAliveTimeoutMs: undefined });
    expect(parseServerArgs(['-p', '4000'], { PORT: '8080' }).port).toBe(4000);
  });

  it('refuses what it would otherwise ignore: unknown options, missing values, impossible ports', () => {
    expect(() => parseServerArgs(['--turbo'], {})).toThrow(/unknown option "--turbo"/);
    expect(() => parseServerArgs(['.'], {})).toThrow(/unknown option "\."/);
    expect(() => parseServerArgs(['-p'], {})).toThrow(/-p needs a value/);
    expect(() => parseServerArgs(['-p', '70000'], {})).toThrow(/not a port number/);
    expect(() => parseServerArgs([], { PORT: 'http' })).toThrow(/not a port number/);
    expect(() => parseServerArgs(['--keepAliveTimeout', '-5'], {})).toThrow(/not a number of milliseconds/);
  });
});
