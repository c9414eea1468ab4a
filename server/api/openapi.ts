import { LOCALES } from '../../lib/i18n/locales';

/**
 * The OpenAPI 3.1 description of every route: ours (/api/...) and the compatible ones (wheretheiss.at /v1,
 * Open Notify). Served at /api/openapi.json; checked by a validator in the unit tests, and live answers are
 * validated against its schemas end to end. Schemas list what clients may rely on and allow more
 * properties, so a field added to an answer does not break the contract.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const num = (description: string): Json => ({ type: 'number', description });
const str = (description: string): Json => ({ type: 'string', description });
const int = (description: string): Json => ({ type: 'integer', description });

const json = (schema: Json, description: string): Json => ({
  description,
  content: { 'application/json': { schema } },
});
const jsonp = (schema: Json, description: string): Json => ({
  description,
  content: {
    'application/json': { schema },
    'application/javascript': {
      schema: { type: 'string', description: 'with callback=: a call of the named function with the JSON' },
    },
  },
});

const query = (name: string, description: string, schema: Json, required = false): Json => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
const callback = query(
  'callback',
  'JSONP: the name of a function to call with the answer (a JavaScript identifier). The answer is then always 200 with the error, if any, in the body.',
  {
    type: 'string',
    pattern: '^[A-Za-z_$][A-Za-z0-9_$]{0,63}$',
  },
);
const tooMany = (schema: string): Json => ({
  description: 'Over the rate limit (API_RATE_LIMIT per client address per second, bursts of five times that).',
  headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
  content: { 'application/json': { schema: ref(schema) } },
});
/**
 * Every /api/ route takes `lang` (server/api/api-words.ts): only the human-readable texts change with it, and an
 * unknown value is English rather than an error. The compatible paths imitate other APIs and have none.
 */
const lang = query(
  'lang',
  `The language of the human-readable texts: error messages (error.message, error.accepted), the warnings of /api/passes, the calendar's names, summaries, descriptions and reminders. ${LOCALES.join(', ')}; a regional tag counts as its language (fr-CA is fr); any other value, or none, means en. Accept-Language is not read. Codes, numbers, times, enum values and field names never change.`,
  { type: 'string', default: 'en', examples: [...LOCALES] },
);
/** The parameters /api/passes and its calendar feed share (the feed adds its own; `visibleOnly`'s default differs). */
const PASSES_PARAMETERS: Json[] = [
  query('lat', 'Latitude, -90 to 90', { type: 'number' }, true),
  query('lon', 'Longitude, -180 to 180', { type: 'number' }, true),
  query('height', 'Metres', { type: 'number' }),
  query('from', 'ISO 8601 or Unix seconds; default now', { type: 'string' }),
  query('days', '1 to 30, default 10', { type: 'integer' }),
  query('minElevation', '0 to 90 degrees, default 10', { type: 'number' }),
  query(
    'minVisibleElevation',
    'Degrees the visible part must climb to for a pass to count as visible, 0 to 90, default 10',
    { type: 'number' },
  ),
];

const satelliteId: Json = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'NORAD catalogue number (25544 for the ISS)',
  schema: { type: 'string' },
};

function get(
  summary: string,
  tags: string[],
  parameters: Json[],
  responses: Record<string, Json>,
  errorSchema: string,
): Json {
  return {
    get: {
      summary,
      tags,
      parameters,
      responses: {
        ...responses,
        '405': json(ref(errorSchema), 'Any method other than GET, HEAD or OPTIONS; the Allow header lists them'),
        '429': tooMany(errorSchema),
      },
    },
  };
}

const positionProperties: Record<string, Json> = {
  name: str('"iss" for the ISS'),
  id: int('NORAD catalogue number'),
  latitude: num('Geodetic (WGS84) latitude, degrees'),
  longitude: num('Degrees east, -180 to 180'),
  altitude: num('Height above the WGS84 ellipsoid, in units'),
  velocity: num('Inertial speed, km/h (mph with units=miles)'),
  visibility: { type: 'string', enum: ['daylight', 'eclipsed'] },
  footprint: num('Diameter of the area that sees the station above the horizon, in units'),
  timestamp: num('Unix seconds'),
  daynum: num('Julian day (UTC)'),
  solar_lat: num('Latitude of the subsolar point, degrees'),
  solar_lon: num('Longitude of the subsolar point, degrees east 0 to 360'),
  units: { type: 'string', enum: ['kilometers', 'miles'] },
  tle_epoch: { type: 'string', format: 'date-time' },
  tle_source: { type: 'string', enum: ['live', 'cached', 'file', 'embedded'] },
  position_uncertainty_km: num(
    '95 % bound on the distance between this position and the true one, km whatever units says, from the age of the elements (lib/orbit/uncertainty.ts); near the orbit diameter (~13,600 km) the elements cannot place the station',
  ),
};

const liveSource: Json = {
  type: 'object',
  required: ['state', 'since'],
  description:
    'Can the server reach its live source of elements: live (last request succeeded), waiting (no answer yet), unreachable (failing since `since`), off (TLE_SOURCE=embedded or a file)',
  properties: {
    state: { type: 'string', enum: ['live', 'waiting', 'unreachable', 'off'] },
    since: { type: ['string', 'null'], format: 'date-time' },
  },
};

const schemas: Record<string, Json> = {
  ParameterError: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['parameter', 'message', 'accepted'],
        properties: { parameter: { type: 'string' }, message: { type: 'string' }, accepted: { type: 'string' } },
      },
    },
  },
  ApiError: {
    type: 'object',
    required: ['error'],
    properties: { error: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } } },
  },
  WtiaError: {
    type: 'object',
    required: ['error', 'status'],
    properties: { error: { type: 'string' }, status: { type: 'integer' } },
    description: "wheretheiss.at's error shape",
  },
  OpenNotifyFailure: {
    type: 'object',
    required: ['message', 'reason'],
    properties: { message: { const: 'failure' }, reason: { type: 'string' } },
    description: "Open Notify's error shape",
  },
  Position: { type: 'object', required: Object.keys(positionProperties), properties: positionProperties },
  Tle: {
    type: 'object',
    required: ['name', 'noradId', 'line1', 'line2', 'epoch', 'ageDays', 'source', 'fetchedAt', 'liveSource'],
    properties: {
      name: { type: ['string', 'null'] },
      noradId: { type: 'integer' },
      line1: { type: 'string', minLength: 69, maxLength: 69 },
      line2: { type: 'string', minLength: 69, maxLength: 69 },
      epoch: { type: 'string', format: 'date-time' },
      ageDays: { type: 'number' },
      source: { type: 'string', enum: ['live', 'cached', 'file', 'embedded'] },
      fetchedAt: { type: ['string', 'null'], format: 'date-time' },
      liveSource,
    },
  },
  PassPoint: {
    type: 'object',
    required: ['time', 'azimuth', 'elevation', 'range'],
    properties: {
      time: { type: 'string', format: 'date-time' },
      azimuth: { type: 'number' },
      elevation: { type: 'number' },
      range: { type: 'number' },
    },
  },
  Passes: {
    type: 'object',
    required: [
      'observer',
      'from',
      'to',
      'minElevation',
      'visibleOnly',
      'timeZone',
      'satellite',
      'warnings',
      'count',
      'passes',
    ],
    properties: {
      observer: { type: 'object', required: ['latitude', 'longitude', 'height'] },
      from: { type: 'string', format: 'date-time' },
      to: { type: 'string', format: 'date-time' },
      minElevation: { type: 'number' },
      visibleOnly: { type: 'boolean' },
      timeZone: {
        type: 'string',
        description: "The observer's IANA time zone, found offline from lat/lon (nautical Etc/GMT zones at sea)",
      },
      satellite: { type: 'object' },
      warnings: { type: 'array', items: { type: 'string' } },
      count: { type: 'integer' },
      passes: {
        type: 'array',
        items: {
          type: 'object',
          required: [
            'rise',
            'culmination',
            'set',
            'maxElevation',
            'duration',
            'visible',
            'timeUncertaintySeconds',
            'predictable',
          ],
          properties: {
            rise: ref('PassPoint'),
            culmination: ref('PassPoint'),
            set: ref('PassPoint'),
            maxElevation: { type: 'number' },
            duration: { type: 'number' },
            visible: {
              type: 'boolean',
              description: 'Its part sunlit against a dark sky climbs to minVisibleElevation (default 10 degrees)',
            },
            visibleMaxElevation: {
              type: ['number', 'null'],
              description:
                'Highest point of the geometric visible part, degrees; null when no part is sunlit against a dark sky',
            },
            timeUncertaintySeconds: num(
              "95 % bound on each of the pass's times, seconds, from the age of the elements at the pass",
            ),
            predictable: {
              type: 'boolean',
              description:
                "false when timeUncertaintySeconds exceeds the pass's duration: the times are then not a prediction",
            },
          },
        },
      },
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'version', 'tle', 'upstream', 'liveSource'],
    properties: { status: { type: 'string', enum: ['ok', 'degraded'] }, version: { type: 'string' }, liveSource },
  },
  Version: {
    type: 'object',
    required: ['buildId', 'version'],
    properties: { buildId: { type: 'string' }, version: { type: 'string' } },
  },
  SatelliteList: {
    type: 'array',
    items: {
      type: 'object',
      required: ['name', 'id'],
      properties: { name: { type: 'string' }, id: { type: 'integer' } },
    },
  },
  Tles: {
    type: 'object',
    required: ['requested_timestamp', 'tle_timestamp', 'id', 'name', 'header', 'line1', 'line2'],
    properties: {
      requested_timestamp: int('Unix seconds of the request'),
      tle_timestamp: int('Unix seconds of the TLE epoch'),
      id: str('NORAD catalogue number, as a string'),
      name: { type: 'string' },
      header: str('The TLE title line'),
      line1: { type: 'string' },
      line2: { type: 'string' },
    },
  },
  Coordinates: {
    type: 'object',
    required: ['latitude', 'longitude', 'timezone_id', 'offset', 'country_code'],
    properties: {
      latitude: str('As given, a string'),
      longitude: str('As given, a string'),
      timezone_id: str('IANA time zone; Etc/GMT+N at sea'),
      offset: num('Hours from UTC now, daylight saving included'),
      country_code: { type: 'string', pattern: '^([A-Z]{2}|\\?\\?)$', description: 'ISO 3166-1 alpha-2; "??" at sea' },
      map_url: { type: 'string' },
    },
  },
  IssNow: {
    type: 'object',
    required: ['message', 'timestamp', 'iss_position'],
    properties: {
      message: { const: 'success' },
      timestamp: int('Unix seconds'),
      iss_position: {
        type: 'object',
        required: ['latitude', 'longitude'],
        properties: {
          latitude: { type: 'string', pattern: '^-?\\d+\\.\\d{4}$' },
          longitude: { type: 'string', pattern: '^-?\\d+\\.\\d{4}$' },
        },
      },
    },
  },
  IssPass: {
    type: 'object',
    required: ['message', 'request', 'response'],
    properties: {
      message: { const: 'success' },
      request: {
        type: 'object',
        required: ['datetime', 'latitude', 'longitude', 'altitude', 'passes'],
        properties: {
          datetime: { type: 'integer' },
          latitude: { type: 'number' },
          longitude: { type: 'number' },
          altitude: { type: 'number' },
          passes: { type: 'integer' },
        },
      },
      response: {
        type: 'array',
        items: {
          type: 'object',
          required: ['risetime', 'duration'],
          properties: {
            risetime: int('Unix seconds when it rises above 10 degrees'),
            duration: int('Seconds above 10 degrees'),
          },
        },
      },
    },
  },
};

const units = query('units', 'kilometers (default) or miles', { type: 'string', enum: ['kilometers', 'miles'] });

export const OPENAPI_DOCUMENT: Json = {
  openapi: '3.1.0',
  info: {
    title: 'Orbit Watch API',
    version: '1',
    description:
      'Where the International Space Station is, where it passes, and its orbital elements. Also answers the paths of two retired or failing public APIs, so their clients can switch by changing the host: wheretheiss.at v1 (/v1/...) and Open Notify (/iss-now.json, /iss-pass.json). Every answer carries Access-Control-Allow-Origin: * (no credentials).',
  },
  tags: [{ name: 'orbit-watch' }, { name: 'wheretheiss.at v1' }, { name: 'Open Notify' }],
  paths: {
    '/api/tle': get(
      'The orbital elements in use',
      ['orbit-watch'],
      [lang],
      {
        '200': json(ref('Tle'), 'The TLE (ETag; 304 to If-None-Match)'),
        '304': { description: 'Not modified' },
        '400': json(ref('ParameterError'), 'Any other query parameter'),
      },
      'ApiError',
    ),
    '/api/position': get(
      'The station at an instant',
      ['orbit-watch'],
      [query('at', 'ISO 8601 with a zone, or Unix seconds; default now', { type: 'string' }), units, lang],
      { '200': json(ref('Position'), 'The position'), '400': json(ref('ParameterError'), 'A bad parameter') },
      'ApiError',
    ),
    '/api/passes': get(
      'Passes over an observer',
      ['orbit-watch'],
      [...PASSES_PARAMETERS, query('visibleOnly', 'true or false (default)', { type: 'boolean' }), lang],
      { '200': json(ref('Passes'), 'The passes'), '400': json(ref('ParameterError'), 'A bad parameter') },
      'ApiError',
    ),
    '/api/passes.ics': get(
      'The passes as a calendar to subscribe to (RFC 5545): one event with a reminder per predictable pass, stable UIDs, refreshed every 6 hours',
      ['orbit-watch'],
      [
        ...PASSES_PARAMETERS,
        query('visibleOnly', 'true (default) or false', { type: 'boolean' }),
        query('name', "The place's name, for the calendar's title and the events' location", { type: 'string' }),
        query('alarm', 'Reminder lead, minutes, 0 to 1440, default 10', { type: 'integer' }),
        query('when', 'any (default), evening or morning', { type: 'string', enum: ['any', 'evening', 'morning'] }),
        query('maxMagnitude', 'Only passes at least this bright (magnitude at most N)', { type: 'number' }),
        lang,
      ],
      {
        '200': { description: 'The calendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
        '400': json(ref('ParameterError'), 'A bad parameter'),
      },
      'ApiError',
    ),
    '/api/health': get(
      'Service status',
      ['orbit-watch'],
      [lang],
      { '200': json(ref('Health'), 'Status'), '400': json(ref('ParameterError'), 'Any other query parameter') },
      'ApiError',
    ),
    '/api/version': get(
      'The build serving',
      ['orbit-watch'],
      [lang],
      {
        '200': json(ref('Version'), 'Build id and version'),
        '400': json(ref('ParameterError'), 'Any other query parameter'),
      },
      'ApiError',
    ),
    '/api/openapi.json': get(
      'This document (in English whatever lang says: lang only changes its error messages)',
      ['orbit-watch'],
      [lang],
      {
        '200': json({ type: 'object' }, 'OpenAPI 3.1'),
        '400': json(ref('ParameterError'), 'Any other query parameter'),
      },
      'ApiError',
    ),
    '/v1/satellites': get(
      'The satellites followed',
      ['wheretheiss.at v1'],
      [callback],
      { '200': jsonp(ref('SatelliteList'), '[{"name": "iss", "id": 25544}]') },
      'WtiaError',
    ),
    '/v1/satellites/{id}': get(
      'The satellite now, or at timestamp',
      ['wheretheiss.at v1'],
      [satelliteId, units, query('timestamp', 'Unix seconds; default now', { type: 'number' }), callback],
      {
        '200': jsonp(ref('Position'), 'The position (never cached)'),
        '400': json(ref('WtiaError'), 'A bad parameter'),
        '404': json(ref('WtiaError'), 'Unknown satellite'),
      },
      'WtiaError',
    ),
    '/v1/satellites/{id}/positions': get(
      'Positions at up to 10 instants',
      ['wheretheiss.at v1'],
      [
        satelliteId,
        query('timestamps', 'Comma-separated Unix seconds, at most 10', { type: 'string' }, true),
        units,
        callback,
      ],
      {
        '200': jsonp({ type: 'array', items: ref('Position'), maxItems: 10 }, 'One position per timestamp, in order'),
        '400': json(ref('WtiaError'), 'A bad parameter'),
        '404': json(ref('WtiaError'), 'Unknown satellite'),
      },
      'WtiaError',
    ),
    '/v1/satellites/{id}/tles': get(
      'The orbital elements',
      ['wheretheiss.at v1'],
      [satelliteId, query('format', 'json (default) or text', { type: 'string', enum: ['json', 'text'] }), callback],
      {
        '200': {
          description: 'The TLE (weak ETag; 304 to If-None-Match)',
          content: {
            'application/json': { schema: ref('Tles') },
            'text/plain': { schema: { type: 'string', description: 'header, line 1 and line 2' } },
          },
        },
        '304': { description: 'Not modified' },
        '400': json(ref('WtiaError'), 'A bad parameter'),
        '404': json(ref('WtiaError'), 'Unknown satellite'),
      },
      'WtiaError',
    ),
    '/v1/coordinates/{coordinates}': get(
      'Time zone and country of a place (offline)',
      ['wheretheiss.at v1'],
      [
        {
          name: 'coordinates',
          in: 'path',
          required: true,
          description: '{latitude},{longitude} in decimal degrees',
          schema: { type: 'string' },
        },
        callback,
      ],
      { '200': jsonp(ref('Coordinates'), 'The place'), '400': json(ref('WtiaError'), 'Not {lat},{lon}') },
      'WtiaError',
    ),
    '/iss-now.json': get(
      'The station now (Open Notify)',
      ['Open Notify'],
      [callback],
      { '200': jsonp(ref('IssNow'), 'The position, latitude and longitude as strings') },
      'OpenNotifyFailure',
    ),
    '/iss-pass.json': get(
      'The next passes above 10 degrees (Open Notify)',
      ['Open Notify'],
      [
        query('lat', 'Latitude, -90 to 90', { type: 'number' }, true),
        query('lon', 'Longitude, -180 to 180', { type: 'number' }, true),
        query('alt', 'Metres, 0 to 10,000 (default 100)', { type: 'number' }),
        query('n', 'Passes, 1 to 100 (default 5); a pass under way counts but is not listed', { type: 'integer' }),
        callback,
      ],
      { '200': jsonp(ref('IssPass'), 'The passes'), '400': json(ref('OpenNotifyFailure'), 'A bad parameter') },
      'OpenNotifyFailure',
    ),
  },
  components: { schemas },
};
