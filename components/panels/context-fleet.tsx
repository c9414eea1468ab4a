import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { formatIsoDate } from '@/content/dates';
import { FLEET } from '@/content/fleet';
import { contextPanel } from '@/content/panels';
import { ContextCredit } from './context-credit';
import { dateValues, timeTag } from './story-markup';
import styles from './context.module.css';

export interface ContextFleetProps {
  /** Override when the panel appears twice on one page, so heading ids stay unique. */
  headingId?: string;
}

/** The other exploration tools the article lists next to the station. */
export function ContextFleet({ headingId }: ContextFleetProps) {
  const t = useTranslations('story');
  const locale = useLocale();
  const panel = contextPanel('fleet');
  const titleId = headingId ?? panel.headingId;
  // "NASA, ESA and CSA", "NASA, ESA et ASC", "NASA、ESA、CSA": each language joins a list its own way.
  const agencyList = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-panel={panel.id}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {t('fleet.title')}
        </h2>
        <p className={styles.lead}>{t('fleet.lead')}</p>
      </header>

      <ul className={styles.fleet}>
        {FLEET.map((member) => (
          <li key={member.id} className={styles.member}>
            <div className={styles.memberHead}>
              <h3 className={styles.subtitle}>{t(`fleet.members.${member.id}.name`)}</h3>
              <span className={styles.kind}>{t(`fleet.kinds.${member.kind}`)}</span>
            </div>
            <p className={styles.meta}>
              <span>{agencyList.format(member.operators.map((agency) => t(`fleet.agencies.${agency}`)))}</span>
              <span>
                {t.rich('fleet.launched', {
                  date: formatIsoDate(member.launched, locale),
                  when: timeTag(member.launched),
                })}
              </span>
              {member.milestones.map((milestone) => (
                <span key={`${milestone.id} ${milestone.date}`}>
                  {t.rich(`fleet.milestones.${milestone.id}`, {
                    date: formatIsoDate(milestone.date, locale),
                    when: timeTag(milestone.date),
                  })}
                </span>
              ))}
              <span>{t(`fleet.members.${member.id}.workplace`, { ...member.figures })}</span>
            </p>
            <p>{t(`fleet.members.${member.id}.summary`)}</p>
            {member.sinceTheArticle && (
              <p className={styles.update}>
                {t.rich(`fleet.updates.${member.sinceTheArticle.id}`, {
                  ...dateValues(member.sinceTheArticle.dates),
                  label: (chunks: ReactNode) => <span className={styles.updateLabel}>{chunks}</span>,
                })}
              </p>
            )}
          </li>
        ))}
      </ul>

      <ContextCredit />
    </section>
  );
}
