import { describe, expect, it } from 'vitest';
import { EN } from '../../test-support/i18n/speech';
import { predictionUncertainty } from '../orbit/uncertainty';
import { parseTleLines } from '../tle';
import { MS_PER_DAY } from '../units';
import { ceilSignificant, formatDistanceBound, formatTimingBound, positionBoundSentence } from './uncertainty';

const TLE = parseTleLines(
  '1 25544U 98067A   26282.82140207  .00006479  00000+0  12652-3 0  9998',
  '2 25544  51.6314  92.7969 0006775 242.6225 117.4075 15.48793003589526',
  'ISS (ZARYA)',
);
const at = (days: number) => predictionUncertainty(TLE, TLE.epochMs + days * MS_PER_DAY);

describe('bounds in words', () => {
  it('rounds up to two significant figures, never tighter than the bound', () => {
    expect(ceilSignificant(331.2)).toBe(340);
    expect(ceilSignificant(1.01)).toBe(1.1);
    expect(ceilSignificant(3303)).toBe(3400);
    expect(ceilSignificant(40)).toBe(40);
  });

  it('writes distances and times with a plus-minus sign and the unit', () => {
    expect(formatDistanceBound(331.2, 'metric', 'en')).toBe('±\u00a0340\u00a0km');
    expect(formatDistanceBound(331.2, 'imperial', 'en')).toBe('±\u00a0210\u00a0mi');
    expect(formatDistanceBound(3303, 'metric', 'en')).toBe('±\u00a03,400\u00a0km');
    expect(formatDistanceBound(1.34, 'metric', 'en')).toBe('±\u00a01.4\u00a0km');
    expect(formatTimingBound(41.2, EN)).toBe('±\u00a042\u00a0s');
    expect(formatTimingBound(430, EN)).toBe('±\u00a08\u00a0min');
    expect(formatTimingBound(5000, EN)).toBe('±\u00a01\u00a0h\u00a024\u00a0min');
  });
});

describe('sentences and rules with the model', () => {
  it('fresh elements: a couple of kilometres, and no timing worth a word', () => {
    expect(positionBoundSentence(at(0.01), 'metric', EN)).toBe(
      'At 14 minutes old, the station may be up to 2.1\u00a0km from the marker (95 % bound).',
    );
  });

  it('ten days: the distance and the timing, with the figures of the model', () => {
    const u = at(10);
    const sentence = positionBoundSentence(u, 'metric', EN);
    expect(sentence).toContain(`${formatDistanceBound(u.positionKm, 'metric', 'en').slice(2)} from the marker`);
    expect(sentence).toMatch(/At 10 days old, .* pass times by up to .* \(95 % bound\)\./);
  });

  it('57 days: cannot place the station, and says what would fix it', () => {
    const u = at(57.5);
    expect(u.placeable).toBe(false);
    expect(positionBoundSentence(u, 'metric', EN)).toMatch(
      /^Elements 58 days old cannot place the station: .*Fresh orbital elements would fix this/,
    );
  });
});
