'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { nextRecoveryStep, parseReloadMemory, rememberReload, type RecoveryStep } from '@/app-logic/display/recovery';
import styles from './display-recovery.module.css';

const MEMORY_KEY = 'orbit-watch:display-recovery';
/** In-place retries made by this page (module state: it outlives the error boundary's remounts, not a reload). */
let inPlaceRetries = 0;

function readMemory() {
  try {
    return parseReloadMemory(window.sessionStorage.getItem(MEMORY_KEY));
  } catch {
    return parseReloadMemory(null);
  }
}

function reload(): void {
  try {
    window.sessionStorage.setItem(MEMORY_KEY, JSON.stringify(rememberReload(readMemory(), Date.now())));
  } catch {
    // Without storage every reload waits the first pause: slower to back off, never faster.
  }
  window.location.reload();
}

/**
 * What /display shows after an error, and the recovery nobody has to start: render again in a few seconds, then reload
 * with growing pauses (app-logic/display/recovery.ts). Each step is logged to the console, where a kiosk's remote debugging
 * or log capture finds it.
 */
export function DisplayRecovery({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('display.recovery');
  const [step] = useState<RecoveryStep>(() => nextRecoveryStep(inPlaceRetries, readMemory(), Date.now()));
  useEffect(() => {
    const what = step.kind === 'retry' ? `render again (attempt ${step.attempt})` : `reload (attempt ${step.attempt})`;
    console.error(`[orbit-watch] display error: ${error.digest ?? error.message}; ${what} in ${step.delayMs / 1000} s`);
    const timer = setTimeout(() => {
      console.warn(`[orbit-watch] display recovery: ${what} now`);
      if (step.kind === 'retry') {
        inPlaceRetries += 1;
        reset();
      } else {
        reload();
      }
    }, step.delayMs);
    return () => clearTimeout(timer);
  }, [error, reset, step]);
  return (
    <main className={styles.main} data-testid="display-recovering" data-step={step.kind} aria-live="polite">
      <p className={styles.title}>{t('title')}</p>
      <p className={styles.detail}>{t('detail')}</p>
    </main>
  );
}
