import { useSpeech } from '@/components/i18n/use-speech';
import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SatRec } from 'satellite.js';
import { useSimNow } from '@/components/clock/clock-context';
import { useRegionAt, type BasemapResolution } from '@/components/map/use-basemap';
import { formatTimeUntil } from '@/lib/format/countdown';
import { stateAt, type SatState } from '@/lib/orbit/propagate';
import { isSunlit, nextLightingChange } from '@/lib/sun/shadow';
import type { EpochMs } from '@/lib/units';

type LightingChange = ReturnType<typeof nextLightingChange>;

export interface StationNow {
  nowMs: EpochMs;
  /** Null when SGP4 cannot propagate the elements to the shown time. */
  state: SatState | null;
  sunlit: boolean | null;
  /** "orbital sunset in 12 min 04 s", or null when none is found within the search horizon. */
  lightingChangeText: string | null;
  /** Country or named water under the station, null while the basemap loads. */
  region: string | null;
}

/**
 * What every telemetry panel shows, for the shown second: one propagation, the lighting, the next orbital
 * sunrise or sunset (searched once per lighting phase, not every second) and the region below.
 */
export function useStationNow(satrec: SatRec, resolution: BasemapResolution = '110m'): StationNow {
  const speech = useSpeech();
  const nowMs = useSimNow();
  const state = useMemo(() => stateAt(satrec, nowMs), [satrec, nowMs]);
  const sunlit = state ? isSunlit(state.positionTemeKm, nowMs) : null;
  const change = useNextLightingChange(satrec, nowMs);
  const region = useRegionAt(state?.latitudeDeg ?? null, state?.longitudeDeg ?? null, resolution);
  const t = useTranslations('live.telemetry');
  const lightingChangeText = change
    ? t(change.sunlitAfter ? 'sunriseIn' : 'sunsetIn', { time: formatTimeUntil(change.atMs - nowMs, speech) })
    : null;
  return { nowMs, state, sunlit, lightingChangeText, region };
}

function useNextLightingChange(satrec: SatRec, nowMs: EpochMs): LightingChange {
  const [cache, setCache] = useState<{ satrec: SatRec; fromMs: number; change: LightingChange } | null>(null);
  const valid =
    cache !== null &&
    cache.satrec === satrec &&
    nowMs >= cache.fromMs &&
    (cache.change === null ? nowMs - cache.fromMs < 60_000 : nowMs < cache.change.atMs);
  if (valid) return cache.change;
  const change = nextLightingChange(satrec, nowMs);
  setCache({ satrec, fromMs: nowMs, change });
  return change;
}
