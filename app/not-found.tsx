import Link from 'next/link';
import { useTranslations } from 'next-intl';
import styles from './status-page.module.css';

export default function NotFound() {
  const t = useTranslations('common.notFound');
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/" prefetch={false}>
          {t('back')}
        </Link>
      </p>
    </main>
  );
}
