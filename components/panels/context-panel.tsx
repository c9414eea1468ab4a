import type { ContextPanelId } from '@/content/panels';
import type { EpochMs } from '@/lib/units';
import { Context2021 } from './context-2021';
import { ContextFleet } from './context-fleet';
import { ContextStation } from './context-station';

export interface ContextPanelProps {
  id: ContextPanelId;
  /** Only the station panel uses it (for the station's age); the others ignore it. */
  atMs: EpochMs;
  headingId?: string;
}

/** One context panel by id, for pages that rotate through CONTEXT_PANELS. */
export function ContextPanel({ id, atMs, headingId }: ContextPanelProps) {
  switch (id) {
    case 'station':
      return <ContextStation atMs={atMs} headingId={headingId} />;
    case 'year-2021':
      return <Context2021 headingId={headingId} />;
    case 'fleet':
      return <ContextFleet headingId={headingId} />;
  }
}
