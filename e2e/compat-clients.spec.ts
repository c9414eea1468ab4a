import http from 'node:http';
import net from 'node:net';
import { expect, pinnedNowMs, test } from './pinned-clock';

/**
 * Client replays: the exact requests that real clients of wheretheiss.at and Open Notify make (found with the
 * search tool's code index; each source is named), sent to this server as they send them, and the fields they
 * read, read the way they read them. The clients' code is not copied: what they send and read is restated.
 */

function baseUrl(): URL {
  return new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:3100');
}

/** A raw HTTP exchange over a socket, for clients that write their request by hand. */
function rawExchange(request: string): Promise<string> {
  const { hostname, port } = baseUrl();
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
    socket.setTimeout(15_000, () => socket.destroy(new Error('timeout')));
  });
}

test.describe('clients of the retired and failing ISS APIs, replayed', () => {
  test('Arduino Cookbook 3rd ed., ch. 15 "extract data" sketch (ESP8266/WiFiNINA/Ethernet): HTTP/1.0 GET /iss-now.json, scanned for "timestamp": and quoted labels', async () => {
    // Source: bjepson/Arduino-Cookbook-3ed-INO, ch15/ch15_extract_data/ch15_extract_data.ino. It connects to
    // api.open-notify.org:80 and writes the request line, Host and Connection: close itself, then scans the stream:
    // find `"timestamp":` and parseInt; find `"iss_position":`, then for each `"` read a label up to `"` and parseFloat
    // the value, then skip the value's closing `"` (so the values must be quoted strings, as the original sent them).
    const raw = await rawExchange(
      'GET /iss-now.json HTTP/1.0\r\nHost: api.open-notify.org\r\nConnection: close\r\n\r\n',
    );
    const [head, body = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.[01] 200 /);
    const ts = /"timestamp":(\d+)/.exec(body);
    expect(Number(ts?.[1])).toBeGreaterThan(1_700_000_000);
    const position = body.slice(body.indexOf('"iss_position":') + '"iss_position":'.length);
    const read = new Map<string, number>();
    for (const m of position.matchAll(/"([a-z_]+)":"(-?\d+\.\d+)"/g)) read.set(m[1]!, Number.parseFloat(m[2]!));
    expect([...read.keys()].sort()).toEqual(['latitude', 'longitude']);
    expect(Math.abs(read.get('latitude')!)).toBeLessThanOrEqual(52);
    expect(Math.abs(read.get('longitude')!)).toBeLessThanOrEqual(180);
  });

  test('pyiss (Home Assistant ISS integration): iss-now.json -> ["iss_position"]; iss-pass.json?lat&lon&n=2 -> ["response"][0]["risetime"], is_ISS_above = len == 1', async ({
    request,
  }) => {
    // Source: HydrelioxGitHub/pyiss, pyiss/__init__.py (API_URL + "iss-now.json" and "iss-pass.json" with params
    // lat, lon and, when given, alt and n; status_code 200 checked, then .json()). Home Assistant's iss integration calls
    // current_location(), next_rise(lat, lon) and is_ISS_above(lat, lon), both asking for n=2.
    const now = await request.get('/iss-now.json');
    expect(now.status()).toBe(200);
    const position = ((await now.json()) as { iss_position: { latitude: string; longitude: string } }).iss_position;
    expect(Object.keys(position).sort()).toEqual(['latitude', 'longitude']);
    // requests encodes params={'lat': 52.37, 'lon': 4.89, 'n': 2} as below.
    const pass = await request.get('/iss-pass.json?lat=52.37&lon=4.89&n=2');
    expect(pass.status()).toBe(200);
    const response = ((await pass.json()) as { response: { risetime: number; duration: number }[] }).response;
    expect(response.length === 1 || response.length === 2).toBe(true);
    expect(Number.isInteger(response[0]!.risetime)).toBe(true); // datetime.fromtimestamp(rise[0]['risetime'])
    // The server's "now" is the suite's pinned one (e2e/pinned-clock.ts), not this machine's date.
    expect(response[0]!.risetime * 1000).toBeGreaterThan(pinnedNowMs() - 60_000);
  });

  test('MMM-ISS (MagicMirror): iss-pass.json?lat=&lon=&n=5 and /v1/satellites/25544 -> velocity, altitude', async ({
    request,
  }) => {
    // Source: mykle1/MMM-ISS, MMM-ISS.js (this.url = ".../iss-pass.json?lat=" + lat + "&lon=" + lng + "&n=5", the
    // README's example lat "40.57", lng "-74.11") and node_helper.js (GET https://api.wheretheiss.at/v1/satellites/25544,
    // statusCode 200, JSON.parse; the module shows Math.round(velocity) km/h and Math.round(altitude) km).
    const passes = await request.get('/iss-pass.json?lat=40.57&lon=-74.11&n=5');
    expect(passes.status()).toBe(200);
    const body = (await passes.json()) as { message: string; response: unknown[] };
    expect(body.message).toBe('success');
    expect(body.response.length).toBeGreaterThanOrEqual(4);
    const velalt = await request.get('/v1/satellites/25544');
    expect(velalt.status()).toBe(200);
    const { velocity, altitude } = (await velalt.json()) as { velocity: number; altitude: number };
    expect(Math.round(velocity)).toBeGreaterThan(27_000);
    expect(Math.round(velocity)).toBeLessThan(28_000);
    expect(Math.round(altitude)).toBeGreaterThan(350);
    expect(Math.round(altitude)).toBeLessThan(450);
  });

  test('Arthur remix notifier (Raspberry Valley): iss-pass.json?lat=56.16156&lon=15.58661&n=1 -> response[0].risetime, duration', async ({
    request,
  }) => {
    // Source: raspberryvalley/arthur-remix, opennotify.md (the call for Karlskrona, Sweden; it keeps altitude at
    // its default of 100 and uses only the next occurrence).
    const res = await request.get('/iss-pass.json?lat=56.16156&lon=15.58661&n=1');
    const body = (await res.json()) as {
      request: { altitude: number; passes: number; latitude: number; longitude: number };
      response: { risetime: number; duration: number }[];
    };
    expect(body.request).toMatchObject({ altitude: 100, passes: 1, latitude: 56.16156, longitude: 15.58661 });
    expect(body.response.length).toBeLessThanOrEqual(1);
    for (const p of body.response) {
      expect(p.duration).toBeGreaterThan(60);
      expect(p.duration).toBeLessThan(900);
    }
  });

  test('curl -sL /v1/satellites/25544: every field of the documented example, same types', async ({ request }) => {
    // Source: ronaldbradford/data, free-public-api/iss.md (the request `curl -sL https://api.wheretheiss.at/v1/satellites/25544`
    // and the response it records: name, id, latitude, longitude, altitude, velocity, visibility, footprint, timestamp,
    // daynum, solar_lat, solar_lon, units).
    const body = (await (await request.get('/v1/satellites/25544')).json()) as Record<string, unknown>;
    const types = {
      name: 'string',
      id: 'number',
      latitude: 'number',
      longitude: 'number',
      altitude: 'number',
      velocity: 'number',
      visibility: 'string',
      footprint: 'number',
      timestamp: 'number',
      daynum: 'number',
      solar_lat: 'number',
      solar_lon: 'number',
      units: 'string',
    };
    for (const [field, type] of Object.entries(types)) expect(typeof body[field], field).toBe(type);
    expect(body).toMatchObject({ name: 'iss', id: 25544, units: 'kilometers' });
    expect(Number.isInteger(body.timestamp)).toBe(true);
  });

  test('ESP32 and Python trackers: /v1/coordinates/{lat},{lon} built from the position, "%.6f, %.6f" with a space too -> country_code, timezone_id, map_url', async ({
    request,
  }) => {
    // Sources found by the search tool's code index, which names no repository for them (file ids 53310575604 and
    // 823208034): an ESP32 sketch (ArduinoJson) that reads latitude/longitude from /v1/satellites/25544, requests
    // /v1/coordinates/ + String(lat, 6) + "," + String(lon, 6) and prints "N/A" when country_code is "??"; a Python
    // urllib3 tracker that requests '/v1/coordinates/%.6f, %.6f' and prints timezone_id, country_code and map_url.
    const { latitude, longitude } = (await (await request.get('/v1/satellites/25544')).json()) as {
      latitude: number;
      longitude: number;
    };
    for (const path of [
      `/v1/coordinates/${latitude.toFixed(6)},${longitude.toFixed(6)}`,
      `/v1/coordinates/${latitude.toFixed(6)},%20${longitude.toFixed(6)}`,
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const body = (await res.json()) as { country_code: string; timezone_id: string; map_url: string };
      expect(body.country_code).toMatch(/^([A-Z]{2}|\?\?)$/);
      expect(body.timezone_id).toMatch(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/);
      expect(typeof body.map_url).toBe('string');
    }
    // A place known to be at sea and one on land, as those clients branch on "??".
    expect(
      ((await (await request.get('/v1/coordinates/0.000000,-30.000000')).json()) as { country_code: string })
        .country_code,
    ).toBe('??');
    expect(
      ((await (await request.get('/v1/coordinates/48.856600,2.352200')).json()) as { country_code: string })
        .country_code,
    ).toBe('FR');
  });

  test('a jQuery-style JSONP call: /iss-now.json?callback=jQuery...&_=<time> runs the named function in a page', async ({
    page,
  }) => {
    // $.getJSON(url + '?callback=?') turns "?" into a generated jQuery... name and adds _=<time> (cache: false).
    await page.goto('/developers');
    const got = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const w = window as unknown as Record<string, (data: { message: string }) => void>;
          w.jQuery371_1700000000000 = (data) => resolve(data.message);
          const s = document.createElement('script');
          s.src = `/iss-now.json?callback=jQuery371_1700000000000&_=${Date.now()}`;
          s.onerror = () => reject(new Error('script failed'));
          document.body.appendChild(s);
        }),
    );
    expect(got).toBe('success');
  });
});

test.describe('open to browsers on other origins', () => {
  let server: http.Server;
  let pageOrigin = '';

  test.beforeAll(async () => {
    // A tiny page on a second loopback port: another origin than the app's.
    server = http.createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>other origin</title><p id="out">waiting</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    pageOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a page on another origin fetch()es /v1/satellites/25544 and reads latitude; a preflighted request passes; no credentials', async ({
    page,
  }) => {
    const api = baseUrl().origin;
    expect(api).not.toBe(pageOrigin);
    await page.goto(pageOrigin);
    const result = await page.evaluate(async (apiOrigin) => {
      const simple = await fetch(`${apiOrigin}/v1/satellites/25544`);
      const body = (await simple.json()) as { latitude: number };
      // A custom header makes the browser send a preflight (OPTIONS) first.
      const preflighted = await fetch(`${apiOrigin}/v1/satellites/25544/tles`, {
        headers: { 'X-Requested-With': 'orbit-watch-test' },
      });
      const etag = preflighted.headers.get('etag');
      let credentialed = 'allowed';
      try {
        await fetch(`${apiOrigin}/api/tle`, { credentials: 'include' });
      } catch {
        credentialed = 'refused';
      }
      document.getElementById('out')!.textContent = `latitude ${body.latitude.toFixed(4)}`;
      return { latitude: body.latitude, preflightStatus: preflighted.status, etag, credentialed };
    }, api);
    expect(typeof result.latitude).toBe('number');
    expect(Math.abs(result.latitude)).toBeLessThanOrEqual(52);
    expect(result.preflightStatus).toBe(200);
    expect(result.etag).toMatch(/^W\/"/); // exposed to the script
    // With `*` a browser refuses to hand a credentialed answer to the page: credentials are never allowed.
    expect(result.credentialed).toBe('refused');
    await expect(page.locator('#out')).toHaveText(/^latitude -?\d+\.\d{4}$/);
  });

  test('pages are not opened to other origins (no Access-Control-Allow-Origin on documents)', async ({ request }) => {
    const res = await request.get('/developers');
    expect(res.status()).toBe(200);
    expect(res.headers()['access-control-allow-origin']).toBeUndefined();
    const api = await request.get('/api/tle');
    expect(api.headers()['access-control-allow-origin']).toBe('*');
    expect(api.headers()['access-control-allow-credentials']).toBeUndefined();
  });
});
