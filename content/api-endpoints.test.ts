import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { API_GROUPS } from './api-endpoints';

describe('the API endpoints of the /developers page', () => {
  const endpoints = API_GROUPS.flatMap((group) => group.endpoints);

  it('has a summary message for every endpoint and a note for every group, and no message left over', () => {
    // Other languages are held to the English keys by server/i18n/messages.test.ts.
    expect(endpoints.map((e) => e.id).sort()).toEqual(Object.keys(en.developers.endpoints).sort());
    expect(API_GROUPS.map((g) => g.id).sort()).toEqual(Object.keys(en.developers.groups).sort());
  });

  it('gives a sample exactly where the message quotes one', () => {
    const quotes = (message: string) => message.includes('{sample}');
    for (const endpoint of endpoints)
      expect(endpoint.sample !== undefined, endpoint.id).toBe(quotes(en.developers.endpoints[endpoint.id]));
    for (const group of API_GROUPS)
      expect(group.sample !== undefined, group.id).toBe(quotes(en.developers.groups[group.id]));
  });

  it('lists each path once, every example on our own host', () => {
    const paths = endpoints.map((e) => e.example.split('?')[0]);
    expect(new Set(paths).size).toBe(paths.length);
    for (const endpoint of endpoints) expect(endpoint.example.startsWith('/')).toBe(true);
  });
});
