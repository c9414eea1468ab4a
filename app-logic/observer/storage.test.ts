import { describe, expect, it } from 'vitest';
import { parseStoredObserver, serializeObserver, type StoredObserver } from './storage';

describe('stored observer', () => {
  it('round-trips', () => {
    const observer: StoredObserver = {
      latitudeDeg: 51.5074,
      longitudeDeg: -0.1278,
      heightM: 11,
      name: 'London',
      source: 'search',
    };
    expect(parseStoredObserver(serializeObserver(observer))).toEqual(observer);
  });

  it('accepts an entry without height or name', () => {
    expect(parseStoredObserver('{"latitudeDeg":-77.85,"longitudeDeg":166.67,"source":"typed"}')).toEqual({
      latitudeDeg: -77.85,
      longitudeDeg: 166.67,
      heightM: 0,
      source: 'typed',
    });
  });

  it.each([
    [null],
    ['not json'],
    ['null'],
    ['[1,2]'],
    ['{"latitudeDeg":95,"longitudeDeg":0,"source":"typed"}'],
    ['{"latitudeDeg":"51","longitudeDeg":0,"source":"typed"}'],
    ['{"latitudeDeg":51,"longitudeDeg":0,"source":"psychic"}'],
    ['{"latitudeDeg":51,"longitudeDeg":0,"heightM":1e9,"source":"typed"}'],
  ])('ignores %j', (raw) => {
    expect(parseStoredObserver(raw)).toBeNull();
  });
});
