/**
 * The public endpoints, for the /developers page and kept in step with the README's table. Data only: the page's
 * sentences are the `developers` messages (messages/<locale>.json), found by the ids below; paths, example queries
 * and the compatible services' names and error shapes are the same in every language.
 */
export type ApiGroupId = 'orbitWatch' | 'wheretheiss' | 'openNotify';

export type ApiEndpointId =
  | 'position'
  | 'passes'
  | 'passesIcs'
  | 'tle'
  | 'health'
  | 'version'
  | 'openapi'
  | 'wtiaSatellites'
  | 'wtiaSatellite'
  | 'wtiaPositions'
  | 'wtiaTles'
  | 'wtiaCoordinates'
  | 'issNow'
  | 'issPass';

export interface ApiEndpoint {
  /** Its summary is `developers.endpoints.<id>`. */
  id: ApiEndpointId;
  /** Our path, with an example query. */
  example: string;
  /** The original service's URL this path stands in for; null for our own endpoints. */
  original: string | null;
  /** A literal the summary quotes (`{sample}`), the same in every language; absent when it quotes none. */
  sample?: string;
}

export interface ApiGroup {
  /** Its note is `developers.groups.<id>`. */
  id: ApiGroupId;
  /** A name (ours or the service's), not translated. */
  title: string;
  /** The error body the note quotes (`{sample}`), if any. */
  sample?: string;
  endpoints: ApiEndpoint[];
}

export const API_GROUPS: ApiGroup[] = [
  {
    id: 'orbitWatch',
    title: 'Orbit Watch',
    endpoints: [
      { id: 'position', example: '/api/position?at=2026-10-09T20:19:49Z', original: null },
      { id: 'passes', example: '/api/passes?lat=51.5074&lon=-0.1278&days=1', original: null },
      { id: 'passesIcs', example: '/api/passes.ics?lat=51.5&lon=-0.1&name=London', original: null },
      { id: 'tle', example: '/api/tle', original: null },
      { id: 'health', example: '/api/health', original: null },
      { id: 'version', example: '/api/version', original: null },
      { id: 'openapi', example: '/api/openapi.json', original: null },
    ],
  },
  {
    id: 'wheretheiss',
    title: 'wheretheiss.at v1',
    sample: '{"error": "...", "status": 4xx}',
    endpoints: [
      {
        id: 'wtiaSatellites',
        example: '/v1/satellites',
        original: 'https://api.wheretheiss.at/v1/satellites',
        sample: '[{"name": "iss", "id": 25544}]',
      },
      {
        id: 'wtiaSatellite',
        example: '/v1/satellites/25544',
        original: 'https://api.wheretheiss.at/v1/satellites/25544',
      },
      {
        id: 'wtiaPositions',
        example: '/v1/satellites/25544/positions?timestamps=1791577189,1791577249&units=miles',
        original: 'https://api.wheretheiss.at/v1/satellites/25544/positions',
      },
      {
        id: 'wtiaTles',
        example: '/v1/satellites/25544/tles?format=text',
        original: 'https://api.wheretheiss.at/v1/satellites/25544/tles',
      },
      {
        id: 'wtiaCoordinates',
        example: '/v1/coordinates/37.795517,-122.393693',
        original: 'https://api.wheretheiss.at/v1/coordinates/',
      },
    ],
  },
  {
    id: 'openNotify',
    title: 'Open Notify',
    sample: '{"message": "failure", "reason": "..."}',
    endpoints: [
      { id: 'issNow', example: '/iss-now.json', original: 'http://api.open-notify.org/iss-now.json' },
      {
        id: 'issPass',
        example: '/iss-pass.json?lat=45.0&lon=-122.3&n=5',
        original: 'http://api.open-notify.org/iss-pass.json',
      },
    ],
  },
];
