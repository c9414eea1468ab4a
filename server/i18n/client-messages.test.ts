import { describe, expect, it } from 'vitest';
import type { AbstractIntlMessages } from 'next-intl';
import en from '@/messages/en.json';
import { clientMessages } from './client-messages';

describe('clientMessages', () => {
  const kept = clientMessages(en as unknown as AbstractIntlMessages);
  it('leaves out what only the server reads, keeps what client components read', () => {
    expect(Object.keys(kept).sort()).toEqual(['api', 'common', 'display', 'format', 'live', 'passes', 'regions']);
    expect(Object.keys(kept.api as AbstractIntlMessages)).toEqual(['ics']);
  });
  it('is smaller by the story, the developers page and the API errors', () => {
    expect(JSON.stringify(kept).length).toBeLessThan(JSON.stringify(en).length * 0.85);
  });
});
