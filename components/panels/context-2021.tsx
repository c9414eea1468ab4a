import { useLocale, useTranslations } from 'next-intl';
import { formatIsoDate } from '@/content/dates';
import { contextPanel } from '@/content/panels';
import { YEAR_2021_OUTCOME, YEAR_2021_TIMELINE } from '@/content/year-2021';
import { ContextCredit } from './context-credit';
import { ContextEntryBody } from './context-entry';
import { BODY_TAGS, entryValues } from './story-markup';
import styles from './context.module.css';

export interface Context2021Props {
  /** Override when the panel appears twice on one page, so heading ids stay unique. */
  headingId?: string;
}

/** The station's 2021 as a dated timeline, ending with how it came through. */
export function Context2021({ headingId }: Context2021Props) {
  const t = useTranslations('story');
  const locale = useLocale();
  const panel = contextPanel('year-2021');
  const titleId = headingId ?? panel.headingId;

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-panel={panel.id}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {t('year-2021.title')}
        </h2>
        <p className={styles.lead}>{t('year-2021.lead')}</p>
      </header>

      <ol className={styles.timeline}>
        {YEAR_2021_TIMELINE.map((event) => (
          <li key={event.id} className={styles.event}>
            <time className={styles.when} dateTime={event.date}>
              {formatIsoDate(event.date, locale)}
            </time>
            <h3 className={styles.subtitle}>{t(`year-2021.events.${event.id}.title`)}</h3>
            <ContextEntryBody entry={event}>
              {t.rich(`year-2021.events.${event.id}.body`, { ...BODY_TAGS, ...entryValues(event) })}
            </ContextEntryBody>
          </li>
        ))}
      </ol>

      <div className={styles.outcome}>
        <h3 className={styles.subtitle}>{t('year-2021.outcome.title')}</h3>
        <ContextEntryBody entry={YEAR_2021_OUTCOME}>
          {t.rich('year-2021.outcome.body', { ...BODY_TAGS, ...entryValues(YEAR_2021_OUTCOME) })}
        </ContextEntryBody>
      </div>

      <ContextCredit />
    </section>
  );
}
