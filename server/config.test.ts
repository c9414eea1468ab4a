import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELESTRAK_ISS_URL, frameAncestorsDirective, loadServerConfig, publicMapConfig } from './config';

const CWD = '/srv/app';

describe('loadServerConfig', () => {
  it('defaults to live elements from CelesTrak for the ISS, 2 h, 5 s and ./.data', () => {
    const { config, problems } = loadServerConfig({}, CWD);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      tleSource: { kind: 'http', url: CELESTRAK_ISS_URL },
      tleRole: 'fetch',
      dataDir: path.resolve(CWD, '.data'),
      noradId: 25544,
      refreshHours: 2,
      fetchTimeoutMs: 5000,
      tileUrl: null,
      tileAttribution: null,
      frameAncestors: [],
    });
  });

  it('reads every variable', () => {
    const { config, problems } = loadServerConfig(
      {
        TLE_SOURCE: 'https://example.org/iss.txt',
        DATA_DIR: '/var/lib/orbit',
        TLE_NORAD_ID: '48274',
        TLE_REFRESH_HOURS: '6.5',
        TLE_FETCH_TIMEOUT_MS: '3000',
        TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        TILE_ATTRIBUTION: '&copy; OpenStreetMap contributors',
        FRAME_ANCESTORS: "'self'  https://intranet.example.org https://*.example.com:8443",
        TLE_ROLE: 'follow',
      },
      CWD,
    );
    expect(problems).toEqual([]);
    expect(config.tleSource).toEqual({ kind: 'http', url: 'https://example.org/iss.txt' });
    expect(config.tleRole).toBe('follow');
    expect(config.dataDir).toBe('/var/lib/orbit');
    expect(config.noradId).toBe(48274);
    expect(config.refreshHours).toBe(6.5);
    expect(config.fetchTimeoutMs).toBe(3000);
    expect(config.frameAncestors).toEqual(["'self'", 'https://intranet.example.org', 'https://*.example.com:8443']);
  });

  it('"embedded" (or "offline", "none") is the explicit offline mode; blank is the default', () => {
    for (const word of ['embedded', 'Offline', 'none']) {
      expect(loadServerConfig({ TLE_SOURCE: word }, CWD).config.tleSource).toEqual({ kind: 'none' });
    }
    expect(loadServerConfig({ TLE_SOURCE: '  ' }, CWD).config.tleSource).toEqual({
      kind: 'http',
      url: CELESTRAK_ISS_URL,
    });
  });

  it('takes a comma-separated list, tried in the order given', () => {
    const { config, problems } = loadServerConfig(
      { TLE_SOURCE: 'data/iss.tle, celestrak,https://mirror.example.org/iss.txt' },
      CWD,
    );
    expect(problems).toEqual([]);
    expect(config.tleSource).toEqual({
      kind: 'http',
      url: CELESTRAK_ISS_URL,
      chain: [
        { kind: 'file', path: path.resolve('data/iss.tle') },
        { kind: 'http', url: CELESTRAK_ISS_URL },
        { kind: 'http', url: 'https://mirror.example.org/iss.txt' },
      ],
    });
  });

  it.each([
    ['celestrak,ftp://example.org/iss.tle', /only http/],
    ['celestrak,embedded', /cannot be combined/],
    ['a.tle,b.tle', /at least one http/],
  ])('refuses the list %s and stays live from CelesTrak', (value, message) => {
    const { config, problems } = loadServerConfig({ TLE_SOURCE: value }, CWD);
    expect(config.tleSource).toEqual({ kind: 'http', url: CELESTRAK_ISS_URL });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(message);
  });

  it('expands "celestrak" and treats anything else without a scheme as a file path', () => {
    expect(loadServerConfig({ TLE_SOURCE: 'celestrak' }, CWD).config.tleSource).toEqual({
      kind: 'http',
      url: CELESTRAK_ISS_URL,
    });
    expect(loadServerConfig({ TLE_SOURCE: 'data/iss.tle' }, CWD).config.tleSource).toEqual({
      kind: 'file',
      path: path.resolve('data/iss.tle'),
    });
  });

  it.each([
    ['TLE_SOURCE', 'ftp://example.org/iss.tle', /only http/],
    ['TLE_NORAD_ID', 'ISS', /whole number/],
    ['TLE_NORAD_ID', '0', /at least 1/],
    ['TLE_REFRESH_HOURS', 'soon', /not a number/],
    ['TLE_REFRESH_HOURS', '1000', /at most 168/],
    ['TLE_FETCH_TIMEOUT_MS', '5s', /whole number/],
    ['TLE_FETCH_TIMEOUT_MS', '100', /at least 500/],
    ['TILE_URL', 'https://tiles.example.org/tile.png', /\{z\}/],
    ['TILE_URL', 'tiles/{z}/{x}/{y}.png', /http\(s\) URL/],
    ['FRAME_ANCESTORS', 'https://ok.example.org javascript:alert(1)', /is not an origin/],
    ['TLE_ROLE', 'leader', /"fetch" or "follow"/],
  ])(
    'a bad %s=%s falls back to the default and names the variable, the problem and what is accepted',
    (variable, value, message) => {
      const env = { [variable]: value, TILE_ATTRIBUTION: 'x' };
      const { config, problems } = loadServerConfig(env, CWD);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.variable).toBe(variable);
      expect(problems[0]?.value).toBe(value);
      expect(problems[0]?.message).toMatch(message);
      expect(problems[0]?.accepted.length).toBeGreaterThan(5);
      const defaults = loadServerConfig({}, CWD).config;
      const key = (
        {
          TLE_SOURCE: 'tleSource',
          TLE_NORAD_ID: 'noradId',
          TLE_REFRESH_HOURS: 'refreshHours',
          TLE_FETCH_TIMEOUT_MS: 'fetchTimeoutMs',
          TILE_URL: 'tileUrl',
          FRAME_ANCESTORS: 'frameAncestors',
          TLE_ROLE: 'tleRole',
        } as const
      )[variable as 'TLE_SOURCE'];
      expect(config[key]).toEqual(defaults[key]);
    },
  );

  it('holds an http source to the 2 hour minimum but lets a file be re-read sooner', () => {
    const http = loadServerConfig({ TLE_SOURCE: 'celestrak', TLE_REFRESH_HOURS: '0.5' }, CWD);
    expect(http.config.refreshHours).toBe(2);
    expect(http.problems[0]?.variable).toBe('TLE_REFRESH_HOURS');
    const file = loadServerConfig({ TLE_SOURCE: './iss.tle', TLE_REFRESH_HOURS: '0.5' }, CWD);
    expect(file.config.refreshHours).toBe(0.5);
    expect(file.problems).toEqual([]);
  });

  it('several bad values are all reported and none throws', () => {
    const { problems } = loadServerConfig(
      { TLE_NORAD_ID: '-1', TLE_FETCH_TIMEOUT_MS: 'x', TLE_SOURCE: 'gopher://x' },
      CWD,
    );
    expect(problems.map((p) => p.variable).sort()).toEqual(['TLE_FETCH_TIMEOUT_MS', 'TLE_NORAD_ID', 'TLE_SOURCE']);
  });
});

describe('publicMapConfig', () => {
  it('is null offline and gives the tile layer when configured with attribution', () => {
    expect(publicMapConfig(loadServerConfig({}, CWD))).toBeNull();
    const online = loadServerConfig(
      { TILE_URL: 'https://t.example.org/{z}/{x}/{y}.png', TILE_ATTRIBUTION: '© OSM' },
      CWD,
    );
    expect(publicMapConfig(online)).toEqual({
      tileUrl: 'https://t.example.org/{z}/{x}/{y}.png',
      tileAttribution: '© OSM',
    });
  });

  it('refuses a tile layer without attribution', () => {
    const loaded = loadServerConfig({ TILE_URL: 'https://t.example.org/{z}/{x}/{y}.png' }, CWD);
    expect(publicMapConfig(loaded)).toBeNull();
    expect(loaded.problems[0]?.variable).toBe('TILE_ATTRIBUTION');
  });
});

describe('frameAncestorsDirective', () => {
  it('forbids embedding by default and lists the allowed origins otherwise', () => {
    expect(frameAncestorsDirective(loadServerConfig({}, CWD))).toBe("frame-ancestors 'none'");
    expect(
      frameAncestorsDirective(loadServerConfig({ FRAME_ANCESTORS: 'https://a.example https://b.example' }, CWD)),
    ).toBe('frame-ancestors https://a.example https://b.example');
  });
});
