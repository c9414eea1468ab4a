import { useMemo } from 'react';
import { useSimNow } from '@/components/clock/clock-context';
import { predictionUncertainty, type PredictionUncertainty } from '@/lib/orbit/uncertainty';
import type { Tle } from '@/lib/tle';
import { MS_PER_MINUTE } from '@/lib/units';

/**
 * How far the shown prediction may be off (95 %), for the shown time. The bound grows by hours and days, so it is
 * worked out once a minute of shown time, not on every tick.
 */
export function usePredictionUncertainty(tle: Tle): PredictionUncertainty {
  const minute = Math.floor(useSimNow() / MS_PER_MINUTE);
  return useMemo(() => predictionUncertainty(tle, minute * MS_PER_MINUTE), [tle, minute]);
}
