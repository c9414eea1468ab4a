import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { withIntl } from '@/test-support/i18n/intl';
import { ClockProvider } from '@/components/clock/clock-context';
import { createSatrec } from '@/lib/orbit/satrec';
import { REFERENCE_TLE } from '@/test-support/passes';
import { parseTle } from '@/lib/tle';
import { TelemetryPanel } from './telemetry-panel';

const tle = parseTle(REFERENCE_TLE);
const atMs = Date.parse('2026-10-09T20:20:00Z');

describe('telemetry panel, as the server writes it', () => {
  const html = renderToString(
    withIntl(
      <ClockProvider startMs={atMs} speed={0} renderedAtMs={atMs}>
        <TelemetryPanel satrec={createSatrec(tle)} tle={tle} />
      </ClockProvider>,
    ),
  );
  const unitButtons = [...html.matchAll(/<button[^>]*>(km|mi)<\/button>/g)];

  it('shows the figures of the rendered instant in metric units', () => {
    expect(html).toMatch(/data-testid="speed"[^>]*>27,[5-7]\d\d km\/h</);
    expect(html).toContain('2026-10-09T20:20:00.000Z');
  });

  it('holds the unit switch disabled until React has hydrated it, so an early click is not silently lost', () => {
    expect(unitButtons.map((m) => m[1])).toEqual(['km', 'mi']);
    for (const [button] of unitButtons) expect(button).toContain('disabled=""');
  });
});
