import { useEffect, type RefObject } from 'react';
import { BURN_IN_PERIOD_MS, burnInOffset } from '@/app-logic/display/burn-in';
import { useWallClockValue } from './use-wall-clock';

const stepOf = (realMs: number) => Math.floor(realMs / BURN_IN_PERIOD_MS);

/**
 * Shifts the element by a few pixels every few minutes (see app-logic/display/burn-in), so no static edge sits on the same
 * pixels for hours. Set through the CSSOM: the page's style policy allows no inline style attributes.
 */
export function useBurnIn(ref: RefObject<HTMLElement | null>): void {
  const step = useWallClockValue(stepOf, 0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const { xPx, yPx } = burnInOffset(step * BURN_IN_PERIOD_MS);
    element.style.setProperty('--burn-x', `${xPx}px`);
    element.style.setProperty('--burn-y', `${yPx}px`);
    element.dataset.burnIn = `${xPx},${yPx}`;
  }, [ref, step]);
}
