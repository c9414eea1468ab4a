import { contextPanel } from '@/content/panels';
import { FIRST_MODULE, STATION_LEAD, STATION_SECTIONS } from '@/content/station';
import { formatIsoDate } from '@/content/dates';
import { formatStationAge, stationAge, stationAgeDuration } from '@/content/station-age';
import type { EpochMs } from '@/lib/units';
import { ContextCredit } from './context-credit';
import { ContextEntryBody } from './context-entry';
import styles from './context.module.css';

export interface ContextStationProps {
  /** The moment the station's age is counted to. */
  atMs: EpochMs;
  /** Override when the panel appears twice on one page, so heading ids stay unique. */
  headingId?: string;
}

/** What the station is, how old it is and what it is for. */
export function ContextStation({ atMs, headingId }: ContextStationProps) {
  const panel = contextPanel('station');
  const titleId = headingId ?? panel.headingId;
  const age = stationAge(atMs);

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-panel={panel.id}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {panel.title}
        </h2>
        <p className={styles.lead}>{STATION_LEAD}</p>
      </header>

      <dl className={styles.facts}>
        <div>
          <dt>Time in orbit</dt>
          <dd>
            <time dateTime={stationAgeDuration(age)} data-testid="station-age">
              {formatStationAge(age)}
            </time>
            <span className={styles.factNote}>counted from the first module’s launch</span>
          </dd>
        </div>
        <div>
          <dt>First module</dt>
          <dd>
            {FIRST_MODULE.name}
            <span className={styles.factNote}>
              launched <time dateTime={FIRST_MODULE.launchedAt}>{formatIsoDate(FIRST_MODULE.launchDate)}</time>
            </span>
          </dd>
        </div>
      </dl>

      <div className={styles.sections}>
        {STATION_SECTIONS.map((section) => (
          <div key={section.id}>
            <h3 className={styles.subtitle}>{section.title}</h3>
            <ContextEntryBody entry={section} />
          </div>
        ))}
      </div>

      <ContextCredit />
    </section>
  );
}
