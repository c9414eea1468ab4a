import { formatIsoDate } from '@/content/dates';
import { contextPanel } from '@/content/panels';
import { YEAR_2021_LEAD, YEAR_2021_OUTCOME, YEAR_2021_TIMELINE } from '@/content/year-2021';
import { ContextCredit } from './context-credit';
import { ContextEntryBody } from './context-entry';
import styles from './context.module.css';

export interface Context2021Props {
  /** Override when the panel appears twice on one page, so heading ids stay unique. */
  headingId?: string;
}

/** The station's 2021 as a dated timeline, ending with how it came through. */
export function Context2021({ headingId }: Context2021Props) {
  const panel = contextPanel('year-2021');
  const titleId = headingId ?? panel.headingId;

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-panel={panel.id}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {panel.title}
        </h2>
        <p className={styles.lead}>{YEAR_2021_LEAD}</p>
      </header>

      <ol className={styles.timeline}>
        {YEAR_2021_TIMELINE.map((event) => (
          <li key={event.id} className={styles.event}>
            <time className={styles.when} dateTime={event.date}>
              {formatIsoDate(event.date)}
            </time>
            <h3 className={styles.subtitle}>{event.title}</h3>
            <ContextEntryBody entry={event} />
          </li>
        ))}
      </ol>

      <div className={styles.outcome}>
        <h3 className={styles.subtitle}>{YEAR_2021_OUTCOME.title}</h3>
        <ContextEntryBody entry={YEAR_2021_OUTCOME} />
      </div>

      <ContextCredit />
    </section>
  );
}
