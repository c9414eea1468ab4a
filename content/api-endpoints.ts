/** The public endpoints, for the /developers page and kept in step with the README's table. */
export interface ApiEndpoint {
  /** Our path, with an example query. */
  example: string;
  /** The original service's URL this path stands in for; null for our own endpoints. */
  original: string | null;
  summary: string;
}

export interface ApiGroup {
  title: string;
  note: string;
  endpoints: ApiEndpoint[];
}

export const API_GROUPS: ApiGroup[] = [
  {
    title: 'Orbit Watch',
    note: 'JSON. A bad parameter gets 400 with the parameter named and what is accepted.',
    endpoints: [
      {
        example: '/api/position?at=2026-10-09T20:19:49Z',
        original: null,
        summary: 'the station at an instant (default now), wheretheiss.at field names',
      },
      {
        example: '/api/passes?lat=51.5074&lon=-0.1278&days=1',
        original: null,
        summary: 'passes over an observer, rise/culmination/set, visibility, brightness',
      },
      {
        example: '/api/passes.ics?lat=51.5&lon=-0.1&name=London',
        original: null,
        summary: 'the visible passes as a calendar to subscribe to (webcal), with a reminder per pass',
      },
      { example: '/api/tle', original: null, summary: 'the orbital elements in use (ETag)' },
      { example: '/api/health', original: null, summary: 'service status' },
      { example: '/api/version', original: null, summary: 'the build serving' },
      {
        example: '/api/openapi.json',
        original: null,
        summary: 'the OpenAPI 3.1 description of everything on this page',
      },
    ],
  },
  {
    title: 'wheretheiss.at v1',
    note: 'Same paths, names, types and units as api.wheretheiss.at: change the host. Errors are {"error": "...", "status": 4xx}.',
    endpoints: [
      {
        example: '/v1/satellites',
        original: 'https://api.wheretheiss.at/v1/satellites',
        summary: '[{"name": "iss", "id": 25544}]',
      },
      {
        example: '/v1/satellites/25544',
        original: 'https://api.wheretheiss.at/v1/satellites/25544',
        summary: 'the station now (units=miles, timestamp=)',
      },
      {
        example: '/v1/satellites/25544/positions?timestamps=1791577189,1791577249&units=miles',
        original: 'https://api.wheretheiss.at/v1/satellites/25544/positions',
        summary: 'up to 10 instants at once',
      },
      {
        example: '/v1/satellites/25544/tles?format=text',
        original: 'https://api.wheretheiss.at/v1/satellites/25544/tles',
        summary: 'the orbital elements, json or text',
      },
      {
        example: '/v1/coordinates/37.795517,-122.393693',
        original: 'https://api.wheretheiss.at/v1/coordinates/',
        summary: 'time zone, offset and country of a place ("??" at sea), offline',
      },
    ],
  },
  {
    title: 'Open Notify',
    note: 'The two ISS files of api.open-notify.org, the retired pass predictions included. Errors are {"message": "failure", "reason": "..."}.',
    endpoints: [
      {
        example: '/iss-now.json',
        original: 'http://api.open-notify.org/iss-now.json',
        summary: 'the station now, latitude and longitude as strings',
      },
      {
        example: '/iss-pass.json?lat=45.0&lon=-122.3&n=5',
        original: 'http://api.open-notify.org/iss-pass.json',
        summary: 'the next n passes above 10 degrees: rise time and duration',
      },
    ],
  },
];
