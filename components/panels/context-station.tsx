import { useTranslations } from 'next-intl';
import { contextPanel } from '@/content/panels';
import { FIRST_MODULE, STATION_SECTIONS } from '@/content/station';
import { stationAge, stationAgeDuration } from '@/content/station-age';
import type { EpochMs } from '@/lib/units';
import { ContextCredit } from './context-credit';
import { ContextEntryBody } from './context-entry';
import { BODY_TAGS, dateValues, entryValues, timeTag } from './story-markup';
import styles from './context.module.css';

export interface ContextStationProps {
  /** The moment the station's age is counted to. */
  atMs: EpochMs;
  /** Override when the panel appears twice on one page, so heading ids stay unique. */
  headingId?: string;
}

/** What the station is, how old it is and what it is for. */
export function ContextStation({ atMs, headingId }: ContextStationProps) {
  const t = useTranslations('story');
  const panel = contextPanel('station');
  const titleId = headingId ?? panel.headingId;
  const age = stationAge(atMs);

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-panel={panel.id}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {t('station.title')}
        </h2>
        <p className={styles.lead}>{t('station.lead')}</p>
      </header>

      <dl className={styles.facts}>
        <div>
          <dt>{t('station.age.label')}</dt>
          <dd>
            <time dateTime={stationAgeDuration(age)} data-testid="station-age">
              {t('station.age.value', { years: age.years, days: age.days })}
            </time>
            <span className={styles.factNote}>{t('station.age.note')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('station.firstModule.label')}</dt>
          <dd>
            {t('station.firstModule.name')}
            <span className={styles.factNote}>
              {t.rich('station.firstModule.launched', {
                ...dateValues({ date: FIRST_MODULE.launchDate }),
                when: timeTag(FIRST_MODULE.launchedAt),
              })}
            </span>
          </dd>
        </div>
      </dl>

      <div className={styles.sections}>
        {STATION_SECTIONS.map((section) => (
          <div key={section.id}>
            <h3 className={styles.subtitle}>{t(`station.sections.${section.id}.title`)}</h3>
            <ContextEntryBody entry={section}>
              {t.rich(`station.sections.${section.id}.body`, { ...BODY_TAGS, ...entryValues(section) })}
            </ContextEntryBody>
          </div>
        ))}
      </div>

      <ContextCredit />
    </section>
  );
}
