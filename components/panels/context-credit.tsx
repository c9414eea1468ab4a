import { ARTICLE_CREDIT } from '@/content/source';
import styles from './context.module.css';

/** Source line at the foot of every context panel. */
export function ContextCredit() {
  return (
    <footer className={styles.credit}>
      <p>{ARTICLE_CREDIT.short} Wording is our own.</p>
    </footer>
  );
}
