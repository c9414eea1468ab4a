import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { withIntl } from '@/test-support/i18n/intl';
import { TEST_MESSAGES } from '@/test-support/i18n/speech';
import { ClockProvider } from '@/components/clock/clock-context';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { createSatrec } from '@/lib/orbit/satrec';
import { parseTle } from '@/lib/tle';
import { REFERENCE_TLE } from '@/test-support/passes';
import { parseDisplayConfig } from '@/app-logic/display/config';
import { ConfigNotice } from './config-notice';
import { DisplayClocks } from './display-clocks';
import { DisplayNextPass } from './display-next-pass';
import { DisplayRecovery } from './display-recovery';
import { DisplayStatus } from './display-status';
import { DisplayTelemetry } from './display-telemetry';
import { SkyDome } from './sky-dome';

const tle = parseTle(REFERENCE_TLE);
const satrec = createSatrec(tle);
/** A replayed, paused instant: the status line then says "not live" too. */
const atMs = Date.parse('2026-10-10T08:40:00Z');
const sydney = { latitudeDeg: -33.87, longitudeDeg: 151.21, heightM: 0, name: 'Sydney Observatory' };

/** Five real notices (units, tz, theme, orbits, speed): three shown in words, then "and 2 more". */
const { notices } = parseDisplayConfig(
  new URLSearchParams('units=furlongs&tz=Mars/Olympus&theme=neon&orbits=9&speed=10'),
);

/** Every card and note of the screen as the server writes it, the rarer states included (offline, reboost, notices). */
function screen(locale: Locale): string {
  return renderToString(
    withIntl(
      <ClockProvider startMs={atMs} speed={0} renderedAtMs={atMs}>
        <DisplayClocks timeZone="Australia/Sydney" />
        <DisplayTelemetry satrec={satrec} tle={tle} units="metric" />
        <DisplayNextPass satrec={satrec} tle={tle} venue={null} timeZone={null} />
        <DisplayNextPass satrec={satrec} tle={tle} venue={sydney} timeZone="Australia/Sydney" />
        <DisplayStatus
          tle={tle}
          source="cached"
          connection={{ offlineSinceMs: atMs - 600_000, lastSuccessMs: null }}
          orbitChange={{ atMs: atMs - 60_000, shiftKm: 1234, meanAltitudeChangeKm: 1.5, kind: 'reboost' }}
          timeZone="Australia/Sydney"
        />
        <ConfigNotice notices={notices} />
        <SkyDome path={[]} />
        <DisplayRecovery error={new Error('test')} reset={() => undefined} />
      </ClockProvider>,
      locale,
    ),
  );
}

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));

/** The English display messages' plain words: each run of text between arguments and tags with two words or more. */
const englishPhrases = [
  ...new Set(
    leaves(TEST_MESSAGES.en.display as Tree).flatMap((message) =>
      message
        .split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/)
        .map((part) => part.trim().replace(/^[·:;,.\s]+|[·:;,.\s]+$/g, ''))
        .filter((part) => (part.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2),
    ),
  ),
];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;');

describe('the display in every language', () => {
  it('finds English phrases to look for', () => {
    expect(englishPhrases).toContain('Next visible pass');
    expect(englishPhrases.length).toBeGreaterThan(20);
  });

  it('shows its English phrases in English', () => {
    const html = screen('en');
    for (const phrase of ['Next visible pass', 'Offline since', 'Some settings in the address', 'Not live']) {
      expect(html).toContain(phrase);
    }
    expect(html).toContain('and 2 more');
    expect(html).toContain('is not metric or imperial; using metric');
    expect(html).toContain('The display is restarting');
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: no English phrase of the display is left', (locale) => {
    const html = screen(locale);
    const left = englishPhrases.filter((phrase) => html.includes(escape(phrase)));
    expect(left).toEqual([]);
    const display = TEST_MESSAGES[locale].display;
    expect(html).toContain(escape(display.pass.title));
    expect(html).toContain(escape(display.recovery.title));
  });

  it('names the sky dome’s cardinal points in the reader’s language', () => {
    expect(renderToString(withIntl(<SkyDome path={[]} />, 'de'))).toMatch(/>O<\/text>/);
    expect(renderToString(withIntl(<SkyDome path={[]} />, 'ja'))).toMatch(/>東<\/text>/);
  });
});
