import { useTranslations } from 'next-intl';
import type { DisplayNotice } from '@/app-logic/display/config';
import type { PassesWords } from '@/components/passes/pass-words';
import { linkProblem } from '@/components/passes/problem-words';
import styles from './display.module.css';

const SHOWN = 3;

type NoticeWords = ReturnType<typeof useTranslations<'display.notice'>>;

// Limits and defaults are passed as strings: they are what to type in the address, so "3600", never "3,600".
const n = (value: number): string => String(value);
// Panel ids are keywords of the address, listed as written there in every language.
const ids = (known: readonly string[]): string => known.join(', ');

/**
 * One notice in the screen's language. The switch is exhaustive: a new code in app-logic/display/config.ts does
 * not compile until it has its words here. A refused venue is worded by the passes page's own messages, so one
 * problem reads the same on both.
 */
function noticeText(notice: DisplayNotice, t: NoticeWords, passes: PassesWords): string {
  switch (notice.code) {
    case 'noVenue':
      return t('noVenue', { problem: linkProblem(notice.problem, passes) });
    case 'needsPlace':
      return t('needsPlace', { param: notice.param });
    case 'units':
      return t('units', { value: notice.value });
    case 'timeZone':
      return notice.venueZone === null
        ? t('timeZone', { value: notice.value })
        : t('timeZoneVenue', { value: notice.value, zone: notice.venueZone });
    case 'theme':
      return t('theme', { value: notice.value });
    case 'panelUnknown':
      return t('panelUnknown', { value: notice.value, panels: ids(notice.known) });
    case 'panelTwice':
      return t('panelTwice', { panel: notice.panel });
    case 'panelSeconds':
      return t('panelSeconds', {
        panel: notice.panel,
        value: notice.value,
        min: n(notice.min),
        max: n(notice.max),
        seconds: n(notice.seconds),
      });
    case 'panelsNone':
      return t('panelsNone', { value: notice.value, panels: ids(notice.known) });
    case 'orbits':
      return t('orbits', { value: notice.value, min: n(notice.min), max: n(notice.max), orbits: n(notice.orbits) });
    case 'reload':
      return t('reload', { value: notice.value });
    case 'time':
      return t('time', { value: notice.value });
    case 'speed':
      return t('speed', { value: notice.value, max: n(notice.max) });
    case 'speedNeedsTime':
      return t('speedNeedsTime');
    case 'unknownParam':
      return t('unknownParam', { value: notice.value });
  }
}

/**
 * Settings the address asked for but the screen could not use: small, in a corner, never in the way. Each note is
 * for whoever wrote the address: in the screen's language, but naming the parameters and keywords as typed.
 */
export function ConfigNotice({ notices }: { notices: readonly DisplayNotice[] }) {
  const t = useTranslations('display.notice');
  const passes = useTranslations('passes');
  if (notices.length === 0) return null;
  const shown = notices.slice(0, SHOWN);
  return (
    <aside className={styles.notice} data-testid="config-notice" aria-label={t('label')}>
      <p className={styles.noticeTitle}>{t('title')}</p>
      <ul>
        {shown.map((notice, i) => (
          <li key={`${notice.param}-${i}`}>
            <strong>{notice.param}</strong>: {noticeText(notice, t, passes)}
          </li>
        ))}
        {notices.length > SHOWN && <li>{t('more', { count: notices.length - SHOWN })}</li>}
      </ul>
    </aside>
  );
}
