import type { ContextEntry } from '@/content/types';
import styles from './context.module.css';

/** Body text of one entry, as paragraphs or as a list of parallel points. */
export function ContextEntryBody({ entry }: { entry: ContextEntry }) {
  if (entry.bodyStyle === 'list') {
    return (
      <ul className={styles.points}>
        {entry.body.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    );
  }
  return (
    <>
      {entry.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  );
}
