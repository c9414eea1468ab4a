'use client';

import { useTranslations } from 'next-intl';
import { Children, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PanelSlot } from '@/app-logic/display/config';
import { rotationAt } from '@/app-logic/display/rotation';
import { useWallClockValue } from './use-wall-clock';
import styles from './display.module.css';

/** Smallest type scale a panel may be shrunk to so it fits its box; below this it is cut at the bottom instead. */
const MIN_FIT = 0.62;

interface PanelRotatorProps {
  slots: readonly PanelSlot[];
  /** One server-rendered panel per slot, in the same order. */
  children: React.ReactNode;
  /** The server's clock when it rendered the page: the panel on show then is the one its HTML shows. */
  renderedAtMs: number;
}

/**
 * Shows one context panel at a time, for each its own seconds, with a slow cross-fade (none under
 * prefers-reduced-motion). The panels are rendered once, on the server; this only flips which one is visible, so a
 * day of rotation creates no DOM. Each panel's type is scaled down just enough to fit the box.
 */
export function PanelRotator({ slots, children, renderedAtMs }: PanelRotatorProps) {
  const t = useTranslations('display');
  const items = Children.toArray(children);
  const derive = useCallback((realMs: number) => rotationAt(slots, realMs)?.index ?? 0, [slots]);
  // The server shows the panel on show when it rendered the page, so hydration does not switch panels right after the
  // first paint (which now comes before hydration).
  const active = useWallClockValue(derive, derive(renderedAtMs));
  const boxRef = useRef<HTMLDivElement | null>(null);
  const observed = useRef(false);
  // The panel that went off last stays laid out for its fade (React's pattern for a value from the previous render).
  // A switch before the page has settled is the browser's clock correcting the server's (another panel on show
  // here than there): no fade, nothing left laid out.
  const [shown, setShown] = useState({ active, leaving: -1, settled: false });
  if (shown.active !== active) setShown({ active, leaving: shown.settled ? shown.active : -1, settled: shown.settled });
  useEffect(() => {
    // After hydration's own corrections, which React renders before any timer runs.
    const timer = setTimeout(() => setShown((s) => (s.settled ? s : { ...s, settled: true })), 0);
    return () => clearTimeout(timer);
  }, []);

  // Only the panel on show is fitted: the others are not laid out while hidden (content-visibility), and each is
  // fitted as it comes on. Fitting all of them at once blocked a TV-sized page for 65-105 ms while it loaded.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(() => {
      observed.current = true;
      for (const slide of box.querySelectorAll<HTMLElement>('[data-slide]')) {
        if (slide.dataset.active === 'true') fitSlide(slide, box.clientHeight);
        else delete slide.dataset.fitFor;
      }
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // The incoming panel is fitted before it paints. Until the observer's first call, which comes with the page's
  // first layout, fitting here would force that layout early; the observer fits the panel on show itself.
  useLayoutEffect(() => {
    const box = boxRef.current;
    const slide = box?.querySelector<HTMLElement>('[data-slide][data-active="true"]');
    if (!observed.current || !box || !slide) return;
    if (slide.dataset.fitFor !== String(box.clientHeight)) fitSlide(slide, box.clientHeight);
  }, [active]);

  return (
    <section className={styles.panels} aria-label={t('panelsLabel')} data-testid="display-panels" ref={boxRef}>
      {items.map((item, index) => (
        <div
          key={slots[index]?.id ?? index}
          className={styles.slide}
          data-slide={slots[index]?.id}
          data-active={index === active}
          data-leaving={index === shown.leaving}
          aria-hidden={index !== active}
        >
          {item}
        </div>
      ))}
    </section>
  );
}

/**
 * Scales a slide's type down just enough that it fits `height`. Text reflows as it shrinks, so the height is not
 * exactly proportional to the scale: measure again a few times.
 */
function fitSlide(slide: HTMLElement, height: number): void {
  if (height <= 0) return;
  let scale = 1;
  slide.style.setProperty('--fit', '1');
  for (let step = 0; step < 8; step += 1) {
    const scrollHeight = slide.scrollHeight;
    if (scrollHeight <= height + 1 || scale <= MIN_FIT) break;
    scale = Math.max(MIN_FIT, scale * Math.sqrt(height / scrollHeight) * 0.99);
    slide.style.setProperty('--fit', scale.toFixed(3));
  }
  slide.dataset.fit = scale.toFixed(3);
  slide.dataset.fitFor = String(height);
}
