'use client';

import { Children, useCallback, useEffect, useRef } from 'react';
import type { PanelSlot } from '@/lib/display/config';
import { rotationAt } from '@/lib/display/rotation';
import { useWallClockValue } from './use-wall-clock';
import styles from './display.module.css';

/** Smallest type scale a panel may be shrunk to so it fits its box; below this it is cut at the bottom instead. */
const MIN_FIT = 0.62;

interface PanelRotatorProps {
  slots: readonly PanelSlot[];
  /** One server-rendered panel per slot, in the same order. */
  children: React.ReactNode;
}

/**
 * Shows one context panel at a time, for each its own seconds, with a slow cross-fade (none under
 * prefers-reduced-motion). The panels are rendered once, on the server; this only flips which one is visible, so a
 * day of rotation creates no DOM. Each panel's type is scaled down just enough to fit the box.
 */
export function PanelRotator({ slots, children }: PanelRotatorProps) {
  const items = Children.toArray(children);
  const derive = useCallback((realMs: number) => rotationAt(slots, realMs)?.index ?? 0, [slots]);
  const active = useWallClockValue(derive, 0);
  const boxRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const fit = () => {
      const height = box.clientHeight;
      if (height <= 0) return;
      const slides = [...box.querySelectorAll<HTMLElement>('[data-slide]')];
      const scales = slides.map(() => 1);
      for (const slide of slides) slide.style.setProperty('--fit', '1');
      // All slides are written, then all are read: reading one slide's height right after writing another's forces
      // a layout each time (~10 ms apiece on a TV-sized page while it loads), so step every slide together.
      // Text reflows as it shrinks, so the height is not exactly proportional: measure again a few times.
      let pending = slides.map((_, index) => index);
      for (let step = 0; step < 8 && pending.length > 0; step += 1) {
        const heights = pending.map((index) => (slides[index] as HTMLElement).scrollHeight);
        const still: number[] = [];
        pending.forEach((index, k) => {
          const scrollHeight = heights[k] as number;
          const scale = scales[index] as number;
          if (scrollHeight <= height + 1 || scale <= MIN_FIT) return;
          const next = Math.max(MIN_FIT, scale * Math.sqrt(height / scrollHeight) * 0.99);
          scales[index] = next;
          (slides[index] as HTMLElement).style.setProperty('--fit', next.toFixed(3));
          still.push(index);
        });
        pending = still;
      }
      slides.forEach((slide, index) => {
        slide.dataset.fit = (scales[index] as number).toFixed(3);
      });
    };
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return (
    <section className={styles.panels} aria-label="About the station" data-testid="display-panels" ref={boxRef}>
      {items.map((item, index) => (
        <div
          key={slots[index]?.id ?? index}
          className={styles.slide}
          data-slide={slots[index]?.id}
          data-active={index === active}
          aria-hidden={index !== active}
        >
          {item}
        </div>
      ))}
    </section>
  );
}
