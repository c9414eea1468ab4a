import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installTestSource, request } from '../../test-support/route-test-support';
import { GET as catchAll } from './[[...path]]/route';
import { GET as health } from './health/route';
import { GET as passesIcs } from './passes.ics/route';
import { GET as passes, POST as passesPost } from './passes/route';
import { GET as position } from './position/route';
import { GET as tle } from './tle/route';

/**
 * `lang=` changes the human-readable texts of the API's answers and nothing else: the same status, the same
 * `parameter`, the same data, English by default and for a language we do not have.
 */

const london = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'test-support/fixtures/passes-london.json'), 'utf8'),
) as { observer: { lat_deg: number; lon_deg: number }; window_start: string };
const LONDON = `lat=${london.observer.lat_deg}&lon=${london.observer.lon_deg}&from=${london.window_start}`;

let cleanup: () => void;
beforeEach(() => {
  ({ cleanup } = installTestSource()); // offline: the embedded TLE is the reference TLE
});
afterEach(() => cleanup());

type ErrorBody = { error: { parameter?: string; message: string; accepted?: string } };

async function answer(handler: (r: Request) => Response | Promise<Response>, url: string, init?: RequestInit) {
  const res = await handler(new Request(new URL(url, 'http://localhost:3000'), init));
  return { status: res.status, body: (await res.json()) as ErrorBody };
}

describe('error messages follow lang', () => {
  const cases = [
    {
      route: '/api/position?units=feet',
      handler: position,
      status: 400,
      parameter: 'units',
      words: {
        en: '"feet" is not a unit',
        fr: '« feet » n’est pas une unité',
        de: '„feet“ ist keine Einheit',
        es: '«feet» no es una unidad',
        ja: '「feet」は単位ではありません',
      },
    },
    {
      route: '/api/passes?lat=91&lon=0',
      handler: passes,
      status: 400,
      parameter: 'lat',
      words: {
        en: '91 is outside -90 to 90',
        fr: '91 est hors de l’intervalle -90 à 90',
        de: '91 liegt außerhalb von -90 bis 90',
        es: '91 está fuera del intervalo de -90 a 90',
        ja: '91 は -90～90 の範囲外です',
      },
    },
    {
      route: '/api/tle?format=xml',
      handler: tle,
      status: 400,
      parameter: 'format',
      words: {
        en: 'unknown parameter "format"',
        fr: 'paramètre inconnu « format »',
        de: 'unbekannter Parameter „format“',
        es: 'parámetro desconocido «format»',
        ja: '不明なパラメーター「format」です',
      },
    },
    {
      route: '/api/passes.ics?lon=0',
      handler: passesIcs,
      status: 400,
      parameter: 'lat',
      words: {
        en: 'lat is required',
        fr: 'lat est obligatoire',
        de: 'lat ist erforderlich',
        es: 'lat es obligatorio',
        ja: 'lat は必須です',
      },
    },
    {
      route: '/api/no-such-endpoint',
      handler: catchAll,
      status: 404,
      parameter: undefined,
      words: {
        en: 'no API endpoint at /api/no-such-endpoint',
        fr: 'aucun point d’accès de l’API à l’adresse /api/no-such-endpoint',
        de: 'kein API-Endpunkt unter /api/no-such-endpoint',
        es: 'ningún punto de acceso de la API en /api/no-such-endpoint',
        ja: '/api/no-such-endpoint に API エンドポイントはありません',
      },
    },
  ] as const;

  describe.each(cases)('$route', ({ route, handler, status, parameter, words }) => {
    const withLang = (lang: string) => `${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;

    it.each(Object.entries(words))('%s: the same status and parameter, the message translated', async (lang, text) => {
      const { status: got, body } = await answer(handler, withLang(lang));
      expect(got).toBe(status);
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message).toBe(text);
    });

    it('English without lang, and for a language we do not have', async () => {
      for (const url of [route, withLang('pt'), withLang(''), withLang('x'.repeat(300))]) {
        const { status: got, body } = await answer(handler, url);
        expect(got, url).toBe(status);
        expect(body.error.message, url).toBe(words.en);
      }
    });

    it('a regional tag or another case names the language', async () => {
      expect((await answer(handler, withLang('fr-CA'))).body.error.message).toBe(words.fr);
      expect((await answer(handler, withLang('DE'))).body.error.message).toBe(words.de);
    });
  });

  it('describes what is accepted in the same language, lang included', async () => {
    const { body } = await answer(health, '/api/health?verbose=1&lang=de');
    expect(body.error).toEqual({
      parameter: 'verbose',
      message: 'unbekannter Parameter „verbose“',
      accepted: 'nur diese Parameter: lang',
    });
    const days = await answer(passes, '/api/passes?lat=1&lon=1&days=0&lang=es');
    expect(days.body.error).toEqual({
      parameter: 'days',
      message: 'days debe ser mayor que 0',
      accepted: 'duración de la ventana en días, más de 0 y como máximo 30; por defecto 10',
    });
  });

  it('a repeated lang is refused like any repeated parameter', async () => {
    const { status, body } = await answer(position, '/api/position?lang=fr&lang=de');
    expect(status).toBe(400);
    expect(body.error.parameter).toBe('lang');
    expect(body.error.message).toBe('indiqué 2 fois');
  });

  it('a method other than GET: 405 in the language asked for', async () => {
    const { status, body } = await answer(passesPost, '/api/passes?lang=ja', { method: 'POST' });
    expect(status).toBe(405);
    expect(body.error.message).toBe('ここでは POST は使えません。GET を使ってください');
  });

  it('a `from` far from the elements: the range in the language asked for, the instants as ISO', async () => {
    const { status, body } = await answer(passes, '/api/passes?lat=51&lon=0&from=2030-01-01T00:00:00Z&lang=de');
    expect(status).toBe(400);
    expect(body.error.parameter).toBe('from');
    expect(body.error.message).toMatch(/^2030-01-01T00:00:00\.000Z liegt \d+\.\d Tage von der TLE-Epoche 2026-/);
    expect(body.error.accepted).toMatch(/^ein Zeitpunkt von 2025-\S+Z bis 2027-\S+Z \(ISO 8601/);
  });
});

describe('GET /api/passes: the warning follows lang, the data does not', () => {
  it('fr', async () => {
    const read = async (qs: string) =>
      (await (await passes(request(`/api/passes?${qs}`))).json()) as { warnings: string[] };
    const english = await read(LONDON);
    const french = await read(`${LONDON}&lang=fr`);
    expect(english.warnings).toHaveLength(1);
    expect(french.warnings).toHaveLength(1);
    expect(english.warnings[0]).toMatch(/^(Pass times may be off|\d+ of these \d+ passes cannot be predicted)/);
    expect(french.warnings[0]).toMatch(
      /^(Les heures de passage peuvent être décalées|\d+ de ces \d+ passages ne sont pas prévisibles)/,
    );
    expect({ ...french, warnings: [] }).toEqual({ ...english, warnings: [] });
  });
});

describe('GET /api/passes.ics: the calendar in the language of lang, the same events', () => {
  const calendarOf = async (qs: string) => {
    const res = await passesIcs(request(`/api/passes.ics?${LONDON}&name=London&alarm=15${qs}`));
    expect(res.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
      uid: vevent.getFirstPropertyValue('uid'),
      start: new ICAL.Event(vevent).startDate.toJSDate().getTime(),
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: String(vevent.getFirstPropertyValue('description')),
      alarm: String(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')),
    }));
    return { name: calendar.getFirstPropertyValue('x-wr-calname'), events };
  };

  it.each([
    {
      lang: 'de',
      name: 'ISS (ZARYA): Überflüge über London',
      summary: /^Sichtbarer Überflug ISS \(ZARYA\): max\. \d+°, von \S+ nach \S+$/,
      description:
        /^Aufgang \d\d:\d\d:\d\d UTC im \S+, höchster Punkt \d+,\d° um \d\d:\d\d:\d\d UTC im \S+, Untergang \d\d:\d\d:\d\d UTC im \S+, Dauer .+\.\nSichtbar von \d\d:\d\d:\d\d bis \d\d:\d\d:\d\d UTC/,
      alarm: 'Überflug ISS (ZARYA) in 15 Minuten',
    },
    {
      lang: 'ja',
      name: 'London 上空の ISS (ZARYA) 通過',
      summary: /^ISS \(ZARYA\) の見える通過: 最大 \d+°、\S+→\S+$/,
      description:
        /^\d\d:\d\d:\d\d UTC に\S+から昇り、\d\d:\d\d:\d\d UTC に\S+で最大仰角 \d+\.\d°、\d\d:\d\d:\d\d UTC に\S+へ沈みます。通過時間は .+。\n\d\d:\d\d:\d\d～\d\d:\d\d:\d\d UTC に見えます。/,
      alarm: 'ISS (ZARYA) の通過まであと 15 分',
    },
  ])('$lang', async ({ lang, name, summary, description, alarm }) => {
    const english = await calendarOf('');
    const translated = await calendarOf(`&lang=${lang}`);
    expect(english.name).toBe('ISS (ZARYA) passes over London');
    expect(translated.name).toBe(name);
    expect(translated.events.length).toBeGreaterThan(0);
    expect(translated.events.map((e) => [e.uid, e.start])).toEqual(english.events.map((e) => [e.uid, e.start]));
    for (const event of translated.events) {
      expect(event.summary).toMatch(summary);
      expect(event.description).toMatch(description);
      expect(event.alarm).toBe(alarm);
    }
    expect(english.events[0]?.summary).toMatch(/^ISS \(ZARYA\) visible pass: max \d+°, \S+ to \S+$/);
    expect(english.events[0]?.alarm).toBe('ISS (ZARYA) pass in 15 minutes');
  });

  it('an unknown lang is an English calendar, not an error', async () => {
    const unknown = await calendarOf('&lang=tlh');
    expect(unknown).toEqual(await calendarOf(''));
  });
});
