import { useTranslations } from 'next-intl';
import { ARTICLE_CREDIT } from '@/content/source';
import { dateValues } from './story-markup';
import styles from './context.module.css';

/** Source line at the foot of every context panel. */
export function ContextCredit() {
  const t = useTranslations('story');
  return (
    <footer className={styles.credit}>
      <p>{t('credit', dateValues({ written: ARTICLE_CREDIT.written }))}</p>
    </footer>
  );
}
