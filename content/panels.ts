/** The context panels, in the order a display page rotates through them. */
export const CONTEXT_PANEL_IDS = ['station', 'year-2021', 'fleet'] as const;

export type ContextPanelId = (typeof CONTEXT_PANEL_IDS)[number];

/** A panel's title is the message `story.<id>.title`. */
export interface ContextPanelInfo {
  id: ContextPanelId;
  /** Default id of the panel's heading, which the section points at with aria-labelledby. */
  headingId: string;
}

export const CONTEXT_PANELS: readonly ContextPanelInfo[] = [
  { id: 'station', headingId: 'context-station-title' },
  { id: 'year-2021', headingId: 'context-year-2021-title' },
  { id: 'fleet', headingId: 'context-fleet-title' },
];

export function isContextPanelId(value: unknown): value is ContextPanelId {
  return typeof value === 'string' && (CONTEXT_PANEL_IDS as readonly string[]).includes(value);
}

export function contextPanel(id: ContextPanelId): ContextPanelInfo {
  const panel = CONTEXT_PANELS.find((p) => p.id === id);
  // Unreachable while CONTEXT_PANELS covers every id; the test suite checks that it does.
  if (!panel) throw new Error(`No context panel registered for "${id}"`);
  return panel;
}

/** The panel shown after `id`, wrapping from the last back to the first. */
export function nextContextPanelId(id: ContextPanelId): ContextPanelId {
  const index = CONTEXT_PANEL_IDS.indexOf(id);
  return CONTEXT_PANEL_IDS[(index + 1) % CONTEXT_PANEL_IDS.length] ?? CONTEXT_PANEL_IDS[0];
}
