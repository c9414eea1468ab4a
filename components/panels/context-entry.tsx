import type { ReactNode } from 'react';
import type { ContextEntry } from '@/content/types';
import styles from './context.module.css';

/**
 * Body text of one entry, as paragraphs or as a list of parallel points. `children` is the translated body,
 * whose message already wraps each paragraph in `<p>` or each point in `<li>` (story-markup.tsx, BODY_TAGS).
 */
export function ContextEntryBody({ entry, children }: { entry: ContextEntry; children: ReactNode }) {
  if (entry.bodyStyle === 'list') return <ul className={styles.points}>{children}</ul>;
  return <>{children}</>;
}
