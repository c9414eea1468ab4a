import { formatIsoDate } from '@/content/dates';
import { FLEET, FLEET_LEAD } from '@/content/fleet';
import { contextPanel } from '@/content/panels';
import type { FleetKind } from '@/content/types';
import { ContextCredit } from './context-credit';
import styles from './context.module.css';

export interface ContextFleetProps {
  /** Override when the panel appears twice on one page, so heading ids stay unique. */
  headingId?: string;
}

const KIND_LABEL: Record<FleetKind, string> = {
  telescope: 'Telescope',
  rover: 'Rover',
  probe: 'Probe',
  station: 'Station',
};

/** The other exploration tools the article lists next to the station. */
export function ContextFleet({ headingId }: ContextFleetProps) {
  const panel = contextPanel('fleet');
  const titleId = headingId ?? panel.headingId;

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-panel={panel.id}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {panel.title}
        </h2>
        <p className={styles.lead}>{FLEET_LEAD}</p>
      </header>

      <ul className={styles.fleet}>
        {FLEET.map((member) => (
          <li key={member.id} className={styles.member}>
            <div className={styles.memberHead}>
              <h3 className={styles.subtitle}>{member.name}</h3>
              <span className={styles.kind}>{KIND_LABEL[member.kind]}</span>
            </div>
            <p className={styles.meta}>
              <span>{member.operators.join(', ')}</span>
              <span>
                Launched <time dateTime={member.launched}>{formatIsoDate(member.launched)}</time>
              </span>
              {member.milestones.map((milestone) => (
                <span key={milestone.label}>
                  {milestone.label} <time dateTime={milestone.date}>{formatIsoDate(milestone.date)}</time>
                </span>
              ))}
              <span>{member.workplace}</span>
            </p>
            <p>{member.summary}</p>
            {member.sinceTheArticle && (
              <p className={styles.update}>
                <span className={styles.updateLabel}>Since then: </span>
                {member.sinceTheArticle}
              </p>
            )}
          </li>
        ))}
      </ul>

      <ContextCredit />
    </section>
  );
}
