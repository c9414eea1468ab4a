// Draws docs/uncertainty.svg: the real errors of the reference pairs (test-support/fixtures/tles.txt) against their age, with the
// 95 % bound of lib/orbit/uncertainty.ts. Run: npx tsx scripts/uncertainty-chart.ts (or npm run chart:uncertainty).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { semiMajorAxisKm } from '../lib/orbit/kepler';
import { ndotHalfRevPerDay2, predictionUncertainty } from '../lib/orbit/uncertainty';
import { MS_PER_DAY } from '../lib/units';
import {
  HUBBLE_NORAD_ID,
  ISS_NORAD_ID,
  referencePairs,
  referenceTles,
  TIANGONG_NORAD_ID,
} from '../test-support/tle-pairs';

const WIDTH = 1000;
const HEIGHT = 600;
const MARGIN = { left: 90, right: 240, top: 60, bottom: 70 };
const MAX_AGE_DAYS = 60;
const MIN_KM = 0.1;
const MAX_KM = 100_000;

const plotW = WIDTH - MARGIN.left - MARGIN.right;
const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
const x = (days: number) => MARGIN.left + (days / MAX_AGE_DAYS) * plotW;
const y = (km: number) => {
  const clamped = Math.min(MAX_KM, Math.max(MIN_KM, km));
  return MARGIN.top + plotH * (1 - Math.log10(clamped / MIN_KM) / Math.log10(MAX_KM / MIN_KM));
};
const f = (n: number) => n.toFixed(1);

const iss = referencePairs(ISS_NORAD_ID);
const others = [...referencePairs(TIANGONG_NORAD_ID), ...referencePairs(HUBBLE_NORAD_ID)];

// The bound depends on the set's drag term: draw it for the lowest, median and highest ndot among the ISS sets.
const issSets = referenceTles()
  .filter((t) => t.noradId === ISS_NORAD_ID)
  .map((t) => ({ t, ndot: Math.abs(ndotHalfRevPerDay2(t)) }))
  .sort((a, b) => a.ndot - b.ndot);
const pick = (q: number) => {
  const s = issSets[Math.round(q * (issSets.length - 1))];
  if (!s) throw new Error('no ISS sets in test-support/fixtures/tles.txt');
  return s.t;
};
const curve = (tle: ReturnType<typeof pick>, key: 'positionKm' | 'alongTrackKm') => {
  const pts: string[] = [];
  for (let d = 0; d <= MAX_AGE_DAYS; d += 0.25)
    pts.push(`${f(x(d))},${f(y(predictionUncertainty(tle, tle.epochMs + d * MS_PER_DAY)[key]))}`);
  return pts.join(' ');
};
const median = pick(0.5);
const low = pick(0);
const high = pick(1);
const bandTop = curve(high, 'positionKm').split(' ');
const bandBottom = curve(low, 'positionKm').split(' ').reverse();
let unplaceableFromDays = MAX_AGE_DAYS;
for (let d = 0; d <= MAX_AGE_DAYS; d += 0.25) {
  if (!predictionUncertainty(median, median.epochMs + d * MS_PER_DAY).placeable) {
    unplaceableFromDays = d;
    break;
  }
}

const covered = iss.filter((p) => p.errorKm <= predictionUncertainty(p.older, p.newer.epochMs).positionKm);
const missed = iss.filter((p) => !covered.includes(p));
const logRatio = iss.reduce(
  (s, p) => s + Math.log(predictionUncertainty(p.older, p.newer.epochMs).positionKm / p.errorKm),
  0,
);
const gm = Math.exp(logRatio / iss.length);

const out: string[] = [];
out.push(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="13">`,
);
out.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`);
out.push(
  `<text x="${MARGIN.left}" y="26" font-size="17" font-weight="600">Prediction error vs age of the elements (ISS, test-support/fixtures/tles.txt)</text>`,
);
out.push(
  `<text x="${MARGIN.left}" y="45" fill="#444">${covered.length} of ${iss.length} ISS pairs within the 95 % bound; geometric mean bound / error ${gm.toFixed(1)}</text>`,
);
// Grid and axes.
for (let e = -1; e <= 5; e += 1) {
  const km = 10 ** e;
  out.push(
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${f(y(km))}" y2="${f(y(km))}" stroke="#e3e3e3"/>`,
  );
  out.push(`<text x="${MARGIN.left - 8}" y="${f(y(km) + 4)}" text-anchor="end">${km.toLocaleString('en-US')}</text>`);
}
for (let d = 0; d <= MAX_AGE_DAYS; d += 10) {
  out.push(`<line x1="${f(x(d))}" x2="${f(x(d))}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#e3e3e3"/>`);
  out.push(`<text x="${f(x(d))}" y="${MARGIN.top + plotH + 20}" text-anchor="middle">${d}</text>`);
}
out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`);
out.push(
  `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 20}" text-anchor="middle" font-size="14">Age of the older set at the newer set's epoch (days)</text>`,
);
out.push(
  `<text transform="translate(24 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle" font-size="14">3-D position error (km, log scale)</text>`,
);
// Orbit diameter and the "cannot place" age.
const diameterKm = 2 * semiMajorAxisKm(median.meanMotionRevPerDay);
out.push(
  `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${f(y(diameterKm))}" y2="${f(y(diameterKm))}" stroke="#999" stroke-dasharray="2 3"/>`,
);
out.push(
  `<text x="${MARGIN.left + 6}" y="${f(y(diameterKm) - 5)}" fill="#666">orbit diameter (${Math.round(diameterKm).toLocaleString('en-US')} km)</text>`,
);
out.push(
  `<rect x="${f(x(unplaceableFromDays))}" y="${MARGIN.top}" width="${f(x(MAX_AGE_DAYS) - x(unplaceableFromDays))}" height="${plotH}" fill="#f2f2f2" opacity="0.7"/>`,
);
out.push(
  `<text x="${f(x(unplaceableFromDays) + 6)}" y="${MARGIN.top + plotH - 10}" fill="#666">placeable = false (from ${unplaceableFromDays} d)</text>`,
);
// Bound.
out.push(`<polygon points="${[...bandTop, ...bandBottom].join(' ')}" fill="#1f77b4" opacity="0.15"/>`);
out.push(
  `<polyline points="${curve(median, 'alongTrackKm')}" fill="none" stroke="#1f77b4" stroke-width="1.5" stroke-dasharray="6 4"/>`,
);
out.push(`<polyline points="${curve(median, 'positionKm')}" fill="none" stroke="#1f77b4" stroke-width="2.5"/>`);
// Points.
for (const p of covered)
  out.push(
    `<circle cx="${f(x(p.ageDays))}" cy="${f(y(p.errorKm))}" r="4" fill="#2ca02c" fill-opacity="0.75" stroke="#1a6b1a"/>`,
  );
for (const p of missed)
  out.push(`<circle cx="${f(x(p.ageDays))}" cy="${f(y(p.errorKm))}" r="5.5" fill="#d62728" stroke="#7a1010"/>`);
for (const p of others) {
  const cx = x(p.ageDays);
  const cy = y(p.errorKm);
  const shape =
    p.older.noradId === TIANGONG_NORAD_ID
      ? `<rect x="${f(cx - 4)}" y="${f(cy - 4)}" width="8" height="8" fill="none" stroke="#9467bd" stroke-width="2"/>`
      : `<path d="M${f(cx)} ${f(cy - 5)} L${f(cx + 5)} ${f(cy + 4)} L${f(cx - 5)} ${f(cy + 4)} Z" fill="none" stroke="#ff7f0e" stroke-width="2"/>`;
  out.push(shape);
}
// Legend.
const lx = MARGIN.left + plotW + 16;
let ly = MARGIN.top + 10;
const legend = (mark: string, label: string) => {
  out.push(mark.replaceAll('LX', f(lx)).replaceAll('LY', f(ly)));
  out.push(`<text x="${f(lx + 26)}" y="${f(ly + 4)}">${label}</text>`);
  ly += 24;
};
legend(`<line x1="LX" x2="${f(lx + 20)}" y1="LY" y2="LY" stroke="#1f77b4" stroke-width="2.5"/>`, '95 % bound, 3-D');
legend(
  `<line x1="LX" x2="${f(lx + 20)}" y1="LY" y2="LY" stroke="#1f77b4" stroke-width="1.5" stroke-dasharray="6 4"/>`,
  '95 % bound, along-track',
);
legend(`<rect x="LX" y="${f(ly - 6)}" width="20" height="12" fill="#1f77b4" opacity="0.15"/>`, 'bound, low-high ndot');
legend(
  `<circle cx="${f(lx + 10)}" cy="LY" r="4" fill="#2ca02c" fill-opacity="0.75" stroke="#1a6b1a"/>`,
  'ISS pair, within',
);
legend(`<circle cx="${f(lx + 10)}" cy="LY" r="5.5" fill="#d62728" stroke="#7a1010"/>`, 'ISS pair, outside');
legend(
  `<rect x="${f(lx + 6)}" y="${f(ly - 4)}" width="8" height="8" fill="none" stroke="#9467bd" stroke-width="2"/>`,
  'Tiangong pair',
);
legend(
  `<path d="M${f(lx + 10)} ${f(ly - 5)} L${f(lx + 15)} ${f(ly + 4)} L${f(lx + 5)} ${f(ly + 4)} Z" fill="none" stroke="#ff7f0e" stroke-width="2"/>`,
  'Hubble pair',
);
ly += 10;
for (const line of [
  'Bound drawn for the median-',
  'ndot ISS set; each pair is',
  'scored against its own',
  "older set's bound.",
]) {
  out.push(`<text x="${f(lx)}" y="${f(ly)}" fill="#555" font-size="12">${line}</text>`);
  ly += 16;
}
out.push('</svg>');

const file = path.join(process.cwd(), 'docs/uncertainty.svg');
writeFileSync(file, `${out.join('\n')}\n`);
console.log(
  `wrote ${file}: ${covered.length}/${iss.length} ISS pairs within, geometric mean ratio ${gm.toFixed(2)}, unplaceable from ${unplaceableFromDays} d`,
);
