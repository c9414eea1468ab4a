import { CONTEXT_PANELS } from '@/content/panels';
import type { EpochMs } from '@/lib/units';
import { ContextPanel } from './context-panel';
import styles from './context.module.css';

export interface ContextPanelsProps {
  /** The moment the station's age is counted to. */
  atMs: EpochMs;
}

/** Every context panel, stacked in registry order, for a side column or the foot of a phone page. */
export function ContextPanels({ atMs }: ContextPanelsProps) {
  return (
    <div className={styles.stack}>
      {CONTEXT_PANELS.map((panel) => (
        <ContextPanel key={panel.id} id={panel.id} atMs={atMs} />
      ))}
    </div>
  );
}
