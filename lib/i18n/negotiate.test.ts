import { describe, expect, it } from 'vitest';
import { negotiateLocale, requestLocale } from './negotiate';
import { isLocale, localeOf } from './locales';

describe('negotiateLocale', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'fr'],
    ['de-AT', 'de'],
    ['ja', 'ja'],
    ['es-419,es;q=0.9', 'es'],
    // The browser prefers a language we lack: the next one it accepts wins, not our default.
    ['pt-BR,pt;q=0.9,es;q=0.8,en;q=0.5', 'es'],
    // q decides, not the order written.
    ['en;q=0.3,ja;q=0.9', 'ja'],
    // Equal weights: the order written.
    ['de;q=0.8,fr;q=0.8', 'de'],
    // q=0 means "not this one".
    ['fr;q=0,de', 'de'],
    ['*', 'en'],
    ['zh-CN,zh;q=0.9', 'en'],
    ['', 'en'],
    ['garbage;;;q=abc,FR', 'fr'],
  ])('%s -> %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
  it('without a header falls back to English', () => {
    expect(negotiateLocale(null)).toBe('en');
  });
});

describe('requestLocale', () => {
  it('lang= in the address beats the remembered choice, which beats the browser', () => {
    expect(requestLocale({ langParam: 'ja', remembered: 'de', acceptLanguage: 'fr' })).toBe('ja');
    expect(requestLocale({ langParam: null, remembered: 'de', acceptLanguage: 'fr' })).toBe('de');
    expect(requestLocale({ langParam: null, remembered: null, acceptLanguage: 'fr' })).toBe('fr');
  });
  it('an unknown lang= or remembered value is ignored, not trusted', () => {
    expect(requestLocale({ langParam: 'xx', remembered: 'klingon', acceptLanguage: 'es' })).toBe('es');
  });
});

describe('localeOf', () => {
  it('reads the primary subtag whatever the case or separator', () => {
    expect(localeOf('FR_ca')).toBe('fr');
    expect(localeOf(' de-CH ')).toBe('de');
    expect(localeOf('english')).toBeNull();
    expect(isLocale('en')).toBe(true);
    expect(isLocale('EN')).toBe(false);
  });
});
