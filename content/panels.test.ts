import { describe, expect, it } from 'vitest';
import { CONTEXT_PANEL_IDS, CONTEXT_PANELS, contextPanel, isContextPanelId, nextContextPanelId } from './panels';

describe('context panel registry', () => {
  it('registers each id exactly once, in rotation order, with a unique heading id', () => {
    expect(CONTEXT_PANELS.map((p) => p.id)).toEqual([...CONTEXT_PANEL_IDS]);
    expect(new Set(CONTEXT_PANELS.map((p) => p.headingId)).size).toBe(CONTEXT_PANELS.length);
    for (const panel of CONTEXT_PANELS) {
      // aria-labelledby needs a valid, space-free id.
      expect(panel.headingId).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(contextPanel(panel.id)).toBe(panel);
    }
  });

  it('rotates through every panel and wraps around', () => {
    expect(nextContextPanelId('station')).toBe('year-2021');
    expect(nextContextPanelId('year-2021')).toBe('fleet');
    expect(nextContextPanelId('fleet')).toBe('station');
  });

  it('recognises only registered ids', () => {
    expect(isContextPanelId('fleet')).toBe(true);
    expect(isContextPanelId('Fleet')).toBe(false);
    expect(isContextPanelId('year-2022')).toBe(false);
    expect(isContextPanelId(undefined)).toBe(false);
    expect(isContextPanelId(1)).toBe(false);
  });
});
