import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { LanguageSwitch } from './language-switch';
import styles from './site-header.module.css';

type Section = 'live' | 'passes';

/**
 * The app's one navigation bar. Server component: no script needed to navigate. No prefetching: every page is
 * rendered per request (CSP nonce), so a prefetch is a full server render of a page the visitor may never open,
 * two of them per view, arriving while the map is still loading.
 */
export function SiteHeader({ current }: { current?: Section }) {
  const t = useTranslations('common');
  const link = (href: string, section: Section, label: string) => (
    <Link href={href} className={styles.link} aria-current={current === section ? 'page' : undefined} prefetch={false}>
      {label}
    </Link>
  );
  return (
    <header className={styles.header}>
      <Link href="/" className={styles.brand} aria-label={t('brandLabel')} prefetch={false}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" className={styles.logo}>
          <circle cx="12" cy="12" r="5" fill="none" stroke="currentColor" strokeWidth="2" />
          <ellipse
            cx="12"
            cy="12"
            rx="11"
            ry="4.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            transform="rotate(-25 12 12)"
          />
          <circle cx="21" cy="8" r="1.8" fill="currentColor" />
        </svg>
        <span className={styles.brandName}>{t('brand')}</span>
      </Link>
      <nav aria-label={t('nav.label')} className={styles.nav}>
        {link('/', 'live', t('nav.live'))}
        {link('/passes', 'passes', t('nav.passes'))}
        <Link href="/display" className={styles.link} prefetch={false}>
          <span className={styles.wideOnly}>{t('nav.displayMode')}</span>
          <span className={styles.narrowOnly}>{t('nav.display')}</span>
        </Link>
        <LanguageSwitch />
      </nav>
    </header>
  );
}
