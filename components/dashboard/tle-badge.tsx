'use client';

import { useTranslations } from 'next-intl';
import { useSpeech } from '@/components/i18n/use-speech';
import { formatAge, formatUtc } from '@/lib/format/time';
import { positionBoundSentence } from '@/lib/format/uncertainty';
import { joinSentences } from '@/lib/format/speech';
import { tleFreshness } from '@/lib/tle/freshness';
import { tleAgeDays, type Tle } from '@/lib/tle';
import { useSimNow } from '@/components/clock/clock-context';
import type { TleReport } from './tle-response';
import { usePredictionUncertainty } from './use-prediction-uncertainty';
import { useUnitSystem } from './use-unit-system';
import styles from './panel.module.css';

interface TleBadgeProps {
  tle: Tle;
  source: TleReport['source'];
  liveSource: TleReport['liveSource'];
  refreshError: string | null;
}

type BadgeWords = ReturnType<typeof useTranslations<'live.badge'>>;

/** The server's live source in plain words, when there is something to say about it. */
function liveSourceWords(live: TleReport['liveSource'], source: TleReport['source'], t: BadgeWords): string | null {
  switch (live.state) {
    case 'unreachable':
      return live.since ? t('unreachableSince', { since: formatUtc(Date.parse(live.since), false) }) : t('unreachable');
    case 'waiting':
      return t('waiting');
    case 'off':
      return source === 'embedded' ? t('offline') : null;
    case 'live':
      return null;
  }
}

/** Where the orbit comes from and how far to trust it, at the shown time, with the computed figure. */
export function TleBadge({ tle, source, liveSource, refreshError }: TleBadgeProps) {
  const speech = useSpeech();
  const t = useTranslations('live.badge');
  const sourceName = useTranslations('common.tleSource');
  const nowMs = useSimNow();
  const [units] = useUnitSystem();
  const ageDays = tleAgeDays(tle.epochMs, nowMs);
  const freshness = tleFreshness(ageDays);
  const uncertainty = usePredictionUncertainty(tle);
  const live = liveSourceWords(liveSource, source, t);
  return (
    <section
      className={`${styles.panel} ${styles.badge}`}
      aria-labelledby="tle-heading"
      data-testid="tle-badge"
      data-freshness={freshness}
      data-source={source}
      data-live-source={liveSource.state}
    >
      <div className={styles.headerRow}>
        <h2 id="tle-heading" className={styles.title}>
          {t('title')}
        </h2>
        <span className={`${styles.pill} ${styles[freshness]}`} suppressHydrationWarning>
          {formatAge(ageDays, speech)}
        </span>
      </div>
      <div className={styles.badgeRow}>
        <span>
          {t('source')} <strong data-testid="tle-source">{sourceName(source)}</strong>
        </span>
        <span>
          {t('epoch')} <time dateTime={new Date(tle.epochMs).toISOString()}>{formatUtc(tle.epochMs, false)}</time>
        </span>
      </div>
      <p
        className={uncertainty.placeable ? styles.note : styles.warning}
        data-testid="tle-bound"
        suppressHydrationWarning
      >
        {ageDays < -1
          ? joinSentences(t('beforePublished'), positionBoundSentence(uncertainty, units, speech), speech)
          : positionBoundSentence(uncertainty, units, speech)}
      </p>
      {live && (
        <p className={liveSource.state === 'unreachable' ? styles.warning : styles.note} data-testid="live-source">
          {live}
        </p>
      )}
      {refreshError && (
        <p className={styles.warning} role="status">
          {t('refreshError', { error: refreshError })}
        </p>
      )}
    </section>
  );
}
