import { wrapLongitude, type Degrees } from '../units';
import { lonLat, type LonLat } from './lat-lon';

/**
 * Every name the water finder gives, in English, by a stable id: the id is the key of the name's message under
 * `regions.water` in messages/<locale>.json (lib/geo/oceans.test.ts checks that the English ones match).
 */
export const WATER_NAMES = {
  caspianSea: 'Caspian Sea',
  seaOfAzov: 'Sea of Azov',
  seaOfMarmara: 'Sea of Marmara',
  blackSea: 'Black Sea',
  mediterraneanSea: 'Mediterranean Sea',
  redSea: 'Red Sea',
  gulfOfAden: 'Gulf of Aden',
  persianGulf: 'Persian Gulf',
  gulfOfOman: 'Gulf of Oman',
  arabianSea: 'Arabian Sea',
  bayOfBengal: 'Bay of Bengal',
  andamanSea: 'Andaman Sea',
  straitOfMalacca: 'Strait of Malacca',
  gulfOfThailand: 'Gulf of Thailand',
  javaSea: 'Java Sea',
  floresSea: 'Flores Sea',
  bandaSea: 'Banda Sea',
  celebesSea: 'Celebes Sea',
  suluSea: 'Sulu Sea',
  southChinaSea: 'South China Sea',
  eastChinaSea: 'East China Sea',
  yellowSea: 'Yellow Sea',
  seaOfJapan: 'Sea of Japan',
  seaOfOkhotsk: 'Sea of Okhotsk',
  beringSea: 'Bering Sea',
  gulfOfAlaska: 'Gulf of Alaska',
  gulfOfCalifornia: 'Gulf of California',
  gulfOfMexico: 'Gulf of Mexico',
  caribbeanSea: 'Caribbean Sea',
  hudsonBay: 'Hudson Bay',
  hudsonStrait: 'Hudson Strait',
  baffinBay: 'Baffin Bay',
  labradorSea: 'Labrador Sea',
  gulfOfSaintLawrence: 'Gulf of Saint Lawrence',
  balticSea: 'Baltic Sea',
  northSea: 'North Sea',
  englishChannel: 'English Channel',
  irishSea: 'Irish Sea',
  bayOfBiscay: 'Bay of Biscay',
  norwegianSea: 'Norwegian Sea',
  greenlandSea: 'Greenland Sea',
  whiteSea: 'White Sea',
  barentsSea: 'Barents Sea',
  karaSea: 'Kara Sea',
  laptevSea: 'Laptev Sea',
  eastSiberianSea: 'East Siberian Sea',
  chukchiSea: 'Chukchi Sea',
  beaufortSea: 'Beaufort Sea',
  gulfOfGuinea: 'Gulf of Guinea',
  mozambiqueChannel: 'Mozambique Channel',
  timorSea: 'Timor Sea',
  gulfOfCarpentaria: 'Gulf of Carpentaria',
  arafuraSea: 'Arafura Sea',
  coralSea: 'Coral Sea',
  tasmanSea: 'Tasman Sea',
  philippineSea: 'Philippine Sea',
  southernOcean: 'Southern Ocean',
  arcticOcean: 'Arctic Ocean',
  northAtlanticOcean: 'North Atlantic Ocean',
  southAtlanticOcean: 'South Atlantic Ocean',
  indianOcean: 'Indian Ocean',
  northPacificOcean: 'North Pacific Ocean',
  southPacificOcean: 'South Pacific Ocean',
} as const;

export type WaterId = keyof typeof WATER_NAMES;

export const WATER_IDS = Object.keys(WATER_NAMES) as WaterId[];

/**
 * Named water, hand-drawn from the IHO limits at the coarseness a moving dot needs. Land is found first from the
 * country outlines, so these outlines may cut freely across land: they only have to be right over water.
 * Order matters: the first region that holds the point wins, so seas come before the ocean they belong to, and
 * the oceans at the end cover the whole globe, so a point over water always gets a name.
 */
interface WaterRegion {
  /** One id, or [north, south] for an ocean named by the hemisphere (the Atlantic). */
  id: WaterId | HemisphereIds;
  /** Rings of [lon, lat] within [-180, 180]; a region crossing the antimeridian has a ring on each side. */
  rings: LonLat[][];
}

type HemisphereIds = readonly [north: WaterId, south: WaterId];

/** A ring as written in the table below: [lon, lat] pairs, turned into {@link LonLat} once at load. */
type RingSource = (readonly [lon: Degrees, lat: Degrees])[];

const box = (west: Degrees, south: Degrees, east: Degrees, north: Degrees): RingSource => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
];

const WATER_REGION_SOURCES: readonly { id: WaterId | HemisphereIds; rings: RingSource[] }[] = [
  // Inland and enclosed seas.
  { id: 'caspianSea', rings: [box(46.4, 36.4, 55.2, 47.3)] },
  { id: 'seaOfAzov', rings: [box(34.7, 45.2, 39.5, 47.4)] },
  { id: 'seaOfMarmara', rings: [box(26.6, 40.2, 29.9, 41.1)] },
  { id: 'blackSea', rings: [box(27.2, 40.7, 41.9, 46.8)] },
  {
    id: 'mediterraneanSea',
    rings: [
      [
        [-5.6, 35.7],
        [-5.6, 36.2],
        [-2, 37.4],
        [3.2, 43.6],
        [7.5, 44.4],
        [12.5, 46],
        [19.5, 42],
        [23, 41],
        [26.4, 40.6],
        [30, 37.5],
        [36.6, 37],
        [36, 30],
        [10, 30],
        [-5.2, 35.4],
      ],
    ],
  },
  {
    id: 'redSea',
    rings: [
      [
        [32.2, 30.2],
        [35.2, 29.7],
        [39.5, 21.5],
        [43.6, 12.7],
        [43.2, 12.3],
        [38.5, 17],
        [35.4, 23.6],
        [32.2, 29.4],
      ],
    ],
  },
  { id: 'gulfOfAden', rings: [box(43.4, 10.3, 51.5, 15.8)] },
  {
    id: 'persianGulf',
    rings: [
      [
        [47.5, 30.6],
        [50.5, 30.6],
        [56.5, 27.3],
        [56.3, 25.5],
        [56.2, 23.8],
        [51, 23.8],
        [47.5, 28.5],
      ],
    ],
  },
  {
    id: 'gulfOfOman',
    rings: [
      [
        [56.5, 27.3],
        [58, 26.6],
        [61.7, 25.2],
        [59.8, 22.4],
        [56.3, 23.6],
        [56.3, 25.5],
      ],
    ],
  },
  {
    id: 'arabianSea',
    rings: [
      [
        [51.5, 10.3],
        [51.5, 15.8],
        [56.3, 23.6],
        [59.8, 22.4],
        [61.7, 25.2],
        [67.5, 25],
        [72.8, 21],
        [77.3, 8],
        [73.2, -0.7],
      ],
    ],
  },
  {
    id: 'bayOfBengal',
    rings: [
      [
        [79.5, 10.2],
        [80.6, 5.9],
        [93.8, 6.5],
        [92.5, 14],
        [94.3, 16.5],
        [94.3, 23],
        [86, 23],
        [80, 16],
      ],
    ],
  },
  {
    id: 'andamanSea',
    rings: [
      [
        [93.8, 6.5],
        [95.4, 5.6],
        [98.3, 7.8],
        [98.6, 16.6],
        [94.3, 16.5],
        [92.5, 14],
      ],
    ],
  },
  {
    id: 'straitOfMalacca',
    rings: [
      [
        [95.4, 5.6],
        [98.3, 7.8],
        [100.6, 6.2],
        [101.5, 2.8],
        [103.8, 1.5],
        [103.9, 0.8],
        [101, 1.5],
        [97.5, 5.2],
      ],
    ],
  },
  {
    id: 'gulfOfThailand',
    rings: [
      [
        [99.2, 13.6],
        [100.9, 13.7],
        [102.9, 11.6],
        [104.8, 8.6],
        [102.3, 6.1],
        [100.3, 8],
        [99.2, 10.5],
      ],
    ],
  },
  { id: 'javaSea', rings: [box(105.8, -7.2, 119.5, -3)] },
  { id: 'floresSea', rings: [box(118, -9, 123, -6)] },
  { id: 'bandaSea', rings: [box(123, -8, 132, -3.5)] },
  { id: 'celebesSea', rings: [box(118.5, 1.3, 126, 7.2)] },
  { id: 'suluSea', rings: [box(118, 5.8, 122.5, 12)] },
  {
    id: 'southChinaSea',
    rings: [
      [
        [104.3, 1.3],
        [106, -3],
        [110.5, -3],
        [109.5, 1.5],
        [117, 7],
        [117.3, 8.5],
        [120.3, 12.5],
        [120.5, 14.5],
        [120.8, 18.6],
        [121.5, 20.2],
        [120.8, 21.9],
        [121.6, 25.3],
        [119.6, 25.6],
        [113.5, 22.3],
        [109.8, 21.6],
        [106.5, 20.5],
        [107.5, 16.5],
        [109.4, 12],
        [106.6, 8.8],
        [104.8, 8.6],
        [103.4, 5.3],
      ],
    ],
  },
  {
    id: 'eastChinaSea',
    rings: [
      [
        [121.6, 25.3],
        [119.6, 25.6],
        [121.2, 31.3],
        [126.3, 33.3],
        [129.6, 33.4],
        [130.4, 31],
        [129.5, 28.5],
        [123, 24.2],
        [121.9, 24.6],
      ],
    ],
  },
  {
    id: 'yellowSea',
    rings: [
      [
        [121.2, 31.3],
        [126.3, 33.3],
        [126.4, 37.7],
        [124.5, 40],
        [122, 41],
        [117.6, 39.5],
        [119.5, 35.5],
      ],
    ],
  },
  {
    id: 'seaOfJapan',
    rings: [
      [
        [129.4, 35.2],
        [130.4, 33.9],
        [131.6, 34.6],
        [136, 35.8],
        [139.8, 38.5],
        [140, 41.5],
        [141.9, 45.5],
        [142.1, 48.5],
        [141.6, 52.2],
        [140.4, 48.6],
        [135.5, 43.8],
        [131.5, 42.8],
        [129.8, 41],
        [129.5, 36],
      ],
    ],
  },
  {
    id: 'seaOfOkhotsk',
    rings: [
      [
        [156.7, 50.9],
        [145.4, 44.3],
        [141.9, 45.5],
        [143.5, 49],
        [142.9, 54.4],
        [141.5, 52.8],
        [137, 53.6],
        [140.5, 58],
        [143.5, 59.4],
        [155, 59.3],
        [160, 61.8],
        [163.5, 62.6],
        [156.4, 57.8],
      ],
    ],
  },
  {
    id: 'beringSea',
    rings: [
      [
        [162.5, 56.2],
        [163.5, 59],
        [170.5, 60.2],
        [177.5, 62.5],
        [180, 65.5],
        [180, 51.2],
        [172.5, 52.8],
        [166, 54.8],
      ],
      [
        [-180, 51.2],
        [-180, 65.5],
        [-168.7, 65.8],
        [-165.5, 64.4],
        [-162, 58.5],
        [-157, 58.7],
        [-163.5, 54.7],
        [-170, 52.5],
      ],
    ],
  },
  {
    id: 'gulfOfAlaska',
    rings: [
      [
        [-155, 57.5],
        [-151, 61.3],
        [-146, 61.2],
        [-139, 60],
        [-136, 58.5],
        [-133, 54.5],
        [-154, 56],
      ],
    ],
  },
  {
    id: 'gulfOfCalifornia',
    rings: [
      [
        [-114.9, 31.9],
        [-112.8, 31.6],
        [-110, 27.7],
        [-106.3, 23.1],
        [-109.4, 22.8],
        [-112.5, 27.5],
      ],
    ],
  },
  {
    id: 'gulfOfMexico',
    rings: [
      [
        [-98, 18],
        [-98, 31],
        [-82, 31],
        [-80.5, 25.2],
        [-81, 24.5],
        [-81.2, 23],
        [-84.9, 21.9],
        [-87, 21.5],
        [-90.5, 18],
      ],
    ],
  },
  {
    id: 'caribbeanSea',
    rings: [
      [
        [-87, 21.5],
        [-84.9, 21.9],
        [-74.2, 20.1],
        [-67.2, 18.5],
        [-64.5, 18.5],
        [-61.3, 17.5],
        [-59.4, 13.1],
        [-60.8, 10.6],
        [-63, 10.6],
        [-72, 11.8],
        [-76.9, 8.5],
        [-79.5, 9.6],
        [-83.5, 10.8],
        [-83.3, 15],
        [-88.2, 16],
      ],
    ],
  },
  // North Atlantic margins.
  { id: 'hudsonBay', rings: [box(-95.5, 51, -77.6, 64.5)] },
  { id: 'hudsonStrait', rings: [box(-77.6, 60, -64.5, 64.5)] },
  { id: 'baffinBay', rings: [box(-82, 66.5, -52, 78.5)] },
  {
    id: 'labradorSea',
    rings: [
      [
        [-64.5, 60.3],
        [-55.5, 51.6],
        [-49, 53],
        [-43.9, 59.8],
        [-53.5, 66.5],
        [-61.5, 66.5],
      ],
    ],
  },
  { id: 'gulfOfSaintLawrence', rings: [box(-67, 45.5, -59.3, 51.6)] },
  {
    id: 'balticSea',
    rings: [
      [
        [9.8, 53.8],
        [9.8, 55.8],
        [12.6, 56.2],
        [12.8, 59.5],
        [17.2, 60.7],
        [21, 66],
        [25.8, 66],
        [25.8, 65],
        [30.6, 60.6],
        [30.6, 59.6],
        [28, 57.5],
        [21, 54.2],
        [14, 53.5],
      ],
    ],
  },
  {
    id: 'northSea',
    rings: [
      [
        [-3.5, 58.7],
        [-1, 60.9],
        [5, 62],
        [5.5, 59.5],
        [11, 59.5],
        [12.6, 56.2],
        [9.8, 55.8],
        [9.8, 53.8],
        [8.5, 53.3],
        [4.5, 51.9],
        [1.6, 51],
        [0.5, 51.2],
        [-2.1, 55.9],
      ],
    ],
  },
  {
    id: 'englishChannel',
    rings: [
      [
        [1.6, 51],
        [1.6, 50],
        [-1.5, 48.6],
        [-4.8, 48.4],
        [-5.7, 49.9],
        [-1, 50.9],
      ],
    ],
  },
  { id: 'irishSea', rings: [box(-6.4, 51.9, -2.7, 55)] },
  {
    id: 'bayOfBiscay',
    rings: [
      [
        [-1.2, 43.3],
        [-8, 43.7],
        [-4.8, 48.4],
        [-1.5, 48.6],
      ],
    ],
  },
  { id: 'norwegianSea', rings: [box(-5, 62, 16, 70)] },
  { id: 'greenlandSea', rings: [box(-22, 70, 15, 80)] },
  { id: 'whiteSea', rings: [box(32, 63.5, 41.5, 66.9)] },
  { id: 'barentsSea', rings: [box(16, 68, 56, 81)] },
  { id: 'karaSea', rings: [box(56, 68, 100, 81)] },
  { id: 'laptevSea', rings: [box(100, 70, 140, 81)] },
  { id: 'eastSiberianSea', rings: [box(140, 68, 180, 79)] },
  { id: 'chukchiSea', rings: [box(-180, 66, -156, 77)] },
  { id: 'beaufortSea', rings: [box(-156, 69, -124, 77)] },
  // Africa and the Indian Ocean's margins.
  {
    id: 'gulfOfGuinea',
    rings: [
      [
        [-7.6, 4.3],
        [-3, 6],
        [3, 7],
        [10, 4.5],
        [9.8, 1],
        [8.7, -0.6],
      ],
    ],
  },
  {
    id: 'mozambiqueChannel',
    rings: [
      [
        [40.6, -10.7],
        [49.3, -12],
        [45.1, -25.6],
        [32.9, -26.9],
      ],
    ],
  },
  // Australasia.
  { id: 'timorSea', rings: [box(122, -15, 130.5, -8.4)] },
  { id: 'gulfOfCarpentaria', rings: [box(135.5, -17.8, 142.2, -10.7)] },
  { id: 'arafuraSea', rings: [box(130.5, -11.5, 141.5, -5.5)] },
  {
    id: 'coralSea',
    rings: [
      [
        [142.4, -10.6],
        [143, -9],
        [149, -9.7],
        [155, -10],
        [163, -11],
        [170, -15],
        [170, -22],
        [160, -30],
        [153.3, -30],
      ],
    ],
  },
  {
    id: 'tasmanSea',
    rings: [
      [
        [146.9, -43.6],
        [146.9, -39.2],
        [150, -37.5],
        [153.3, -30],
        [160, -30],
        [168, -29],
        [172.7, -34.4],
        [174.4, -37],
        [173.8, -39.3],
        [172.7, -40.5],
        [171.6, -42.4],
        [168.5, -44.2],
        [166.4, -46],
        [167.5, -47.3],
      ],
    ],
  },
  { id: 'philippineSea', rings: [box(124, 5, 142, 32)] },
  // The oceans. The Southern and Arctic Oceans first, then the Atlantic and Indian outlines; what is left is Pacific.
  { id: 'southernOcean', rings: [box(-180, -90, 180, -60)] },
  { id: 'arcticOcean', rings: [box(-180, 66.56, 180, 90)] },
  {
    id: ['northAtlanticOcean', 'southAtlanticOcean'],
    rings: [
      [
        [-67.3, -60],
        [20, -60],
        [20, -34.8],
        [15, -10],
        [10, 5],
        [-5.6, 35.9],
        [-1.2, 43.3],
        [-1, 50],
        [5, 53],
        [10, 60],
        [16, 66.56],
        [-22, 66.56],
        [-65, 66.56],
        [-64.5, 60.3],
        [-60, 55],
        [-67, 49],
        [-70, 42],
        [-76, 35],
        [-81, 31],
        [-82, 25],
        [-85, 21.8],
        [-88.2, 16],
        [-83.5, 12],
        [-80.4, 8.8],
        [-77.5, 8.4],
        [-75, 5],
        [-68, -20],
        [-70, -40],
        [-70, -52],
        [-67.3, -56],
      ],
    ],
  },
  {
    id: 'indianOcean',
    rings: [
      [
        [20, -60],
        [146.9, -60],
        [146.9, -39.2],
        [141, -11],
        [131, -8.5],
        [125, -8.2],
        [116, -8.7],
        [106, -6.5],
        [95.4, 5.6],
        [98.3, 7.8],
        [98.6, 16.6],
        [94, 21],
        [90, 23],
        [70, 25],
        [57, 26],
        [43.5, 12.6],
        [39, -5],
        [35, -25],
        [20, -34.8],
      ],
    ],
  },
];

export const WATER_REGIONS: readonly WaterRegion[] = WATER_REGION_SOURCES.map(({ id, rings }) => ({
  id,
  rings: rings.map((ring) => ring.map(([lon, lat]) => lonLat(lon, lat))),
}));

/** Even-odd ray cast; `rings` are open or closed, [lon, lat]. */
export function pointInRings(lonDeg: Degrees, latDeg: Degrees, rings: readonly (readonly LonLat[])[]): boolean {
  let inside = false;
  for (const ring of rings) {
    // Each edge from the previous vertex (the last one, for the first) to this one, as the classic i, j loop.
    let b = ring[ring.length - 1];
    for (const a of ring) {
      if (b === undefined) break;
      if (a[1] > latDeg !== b[1] > latDeg && lonDeg < ((b[0] - a[0]) * (latDeg - a[1])) / (b[1] - a[1]) + a[0]) {
        inside = !inside;
      }
      b = a;
    }
  }
  return inside;
}

/** What is left when no region holds the point: the Pacific. */
const PACIFIC: HemisphereIds = ['northPacificOcean', 'southPacificOcean'];

/**
 * The id of the water at a point. Each region's rings are tested on their own (a region crossing the
 * antimeridian has one ring per side), and the Atlantic and Pacific get North/South by the equator.
 */
export function waterIdAt(latDeg: Degrees, lonDeg: Degrees): WaterId {
  const lon = wrapLongitude(lonDeg);
  const lat = Math.max(-90, Math.min(90, latDeg));
  let id: WaterId | HemisphereIds = PACIFIC;
  for (const region of WATER_REGIONS) {
    if (region.rings.some((ring) => pointInRings(lon, lat, [ring]))) {
      id = region.id;
      break;
    }
  }
  return typeof id === 'string' ? id : lat >= 0 ? id[0] : id[1];
}

/** The English name of the water at a point: "North Atlantic Ocean", "Caspian Sea". */
export function waterNameAt(latDeg: Degrees, lonDeg: Degrees): string {
  return WATER_NAMES[waterIdAt(latDeg, lonDeg)];
}
