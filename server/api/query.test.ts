import { describe, expect, it } from 'vitest';
import { checkAtNearEpoch, MAX_DAYS_FROM_EPOCH, positionQueryAccepted, positionQuerySchema } from './position-query';
import { parseQuery } from './query';

const parse = (qs: string) => parseQuery(positionQuerySchema, positionQueryAccepted, new URLSearchParams(qs));

describe('position query', () => {
  it('defaults to now and kilometres', () => {
    expect(parse('')).toEqual({ ok: true, value: { units: 'kilometers' } });
  });

  it.each([
    ['at=2026-10-09T19:42:49.139Z', Date.UTC(2026, 9, 9, 19, 42, 49, 139)],
    ['at=2026-10-09T21:42:49.139%2B02:00', Date.UTC(2026, 9, 9, 19, 42, 49, 139)],
    ['at=2026-10-09', Date.UTC(2026, 9, 9)],
    ['at=1791574969', 1_791_574_969_000],
    ['at=1791574969.5', 1_791_574_969_500],
  ])('reads %s', (qs, expected) => {
    const r = parse(qs);
    expect(r.ok && r.value.at).toBe(expected);
  });

  it('reads miles', () => {
    const r = parse('units=miles');
    expect(r.ok && r.value.units).toBe('miles');
  });

  it.each([
    ['at=yesterday', 'at', /neither an ISO 8601/],
    ['at=', 'at', /neither/],
    ['at=2026-10-09T19:42:49', 'at', /no time zone/],
    ['at=2026-13-45T00:00:00Z', 'at', /neither/],
    ['units=feet', 'units', /"feet" is not a unit/],
    ['units=km', 'units', /not a unit/],
    ['unit=miles', 'unit', /unknown parameter/],
    ['units=miles&units=kilometers', 'units', /given 2 times/],
  ])('refuses %s, naming the parameter and what is accepted', (qs, parameter, message) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.error.parameter).toBe(parameter);
    expect(r.error.error.message).toMatch(message);
    expect(r.error.error.accepted).not.toBe('');
  });

  it(`limits at to ${MAX_DAYS_FROM_EPOCH} days either side of the TLE epoch`, () => {
    const epoch = Date.UTC(2026, 9, 9);
    const day = 86_400_000;
    expect(checkAtNearEpoch(epoch + 365 * day, epoch)).toBeNull();
    expect(checkAtNearEpoch(epoch - 365 * day, epoch)).toBeNull();
    const late = checkAtNearEpoch(epoch + 366 * day, epoch);
    expect(late?.error.parameter).toBe('at');
    expect(late?.error.message).toMatch(/366\.0 days from the TLE epoch/);
    expect(late?.error.accepted).toMatch(/2025-10-09T00:00:00.000Z to 2027-10-09T00:00:00.000Z/);
    expect(checkAtNearEpoch(0, epoch)).not.toBeNull();
  });
});
