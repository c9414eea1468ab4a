import 'server-only';
import { iso1A2Code } from '@rapideditor/country-coder';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import countries50m from 'world-atlas/countries-50m.json';
import { pieceAt, regionPiecesOf, type IndexedPiece } from '@/lib/geo/region';
import { timeZoneAt } from '@/lib/geo/time-zone';

/**
 * Offline look-up of a place's time zone and country for /v1/coordinates.
 *
 * - Time zone: lib/geo/time-zone.ts, the one lookup the observer's zone on /passes, /display and /api/passes uses
 *   too (@photostructure/tz-lookup; at sea the nautical zones "Etc/GMT+2").
 * - Country: Natural Earth's land outlines at 1:50m (the world-atlas package the basemap already uses), so a
 *   point at sea has no country, as wheretheiss.at answers "??"; the outline's ISO 3166-1 numeric id is turned
 *   into alpha-2 by @rapideditor/country-coder (which also answers for the few outlines without an id, such as
 *   Kosovo). country-coder alone would not do: its borders reach 200 nautical miles out to sea.
 */
export interface ZoneLookup {
  timeZone: string;
  /** ISO 3166-1 alpha-2, or null at sea. */
  countryCode: string | null;
}

interface CodedPiece extends IndexedPiece {
  numericId: string | null;
}

let pieces: CodedPiece[] | null = null;

function landPieces(): CodedPiece[] {
  if (pieces) return pieces;
  const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  pieces = collection.features.flatMap((f) => {
    const numericId = f.id === undefined ? null : String(f.id);
    return regionPiecesOf(f).map((piece) => ({ ...piece, numericId }));
  });
  return pieces;
}

/**
 * At 1:50m a coastline can lie a few kilometres off (San Francisco's waterfront reads as the bay): a point within
 * about 5 km of land still counts as on the coast, and takes the country that country-coder gives the point.
 */
const COAST_TOLERANCE_DEG = 0.05;
const COAST_DIRECTIONS = 8;

function nearLand(latitudeDeg: number, longitudeDeg: number): boolean {
  const land = landPieces();
  const lonScale = 1 / Math.max(0.1, Math.cos((latitudeDeg * Math.PI) / 180));
  for (let k = 0; k < COAST_DIRECTIONS; k += 1) {
    const a = (2 * Math.PI * k) / COAST_DIRECTIONS;
    const lat = Math.max(-90, Math.min(90, latitudeDeg + COAST_TOLERANCE_DEG * Math.cos(a)));
    if (pieceAt(land, lat, longitudeDeg + COAST_TOLERANCE_DEG * lonScale * Math.sin(a)) !== null) return true;
  }
  return false;
}

export function lookupZone(latitudeDeg: number, longitudeDeg: number): ZoneLookup {
  const timeZone = timeZoneAt(latitudeDeg, longitudeDeg);
  const land = pieceAt(landPieces(), latitudeDeg, longitudeDeg);
  const here = iso1A2Code([longitudeDeg, latitudeDeg]);
  if (land === null) return { timeZone, countryCode: nearLand(latitudeDeg, longitudeDeg) ? here : null };
  return { timeZone, countryCode: (land.numericId !== null ? iso1A2Code(land.numericId) : null) ?? here };
}
