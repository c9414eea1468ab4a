// Sums Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
// A runner that crashed before writing its report counts as one failure, never as zero tests.
import { existsSync, readFileSync } from 'node:fs';

const [unitStatus = '0', e2eStatus = '0', ...checkStatuses] = process.argv.slice(2);
let passed = 0;
let failed = 0;

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numTotalTests === 0 ? 1 : 0);
} else {
  failed += 1;
}
if (vitest && unitStatus !== '0' && vitest.numFailedTests === 0) failed += 1; // suite-level error

const playwright = read('test-results/playwright.json');
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = playwright.stats ?? {};
  passed += expected + flaky;
  failed += unexpected + skipped;
  if (playwright.errors?.length) failed += playwright.errors.length;
} else {
  failed += 1;
}
if (playwright && e2eStatus !== '0' && (playwright.stats?.unexpected ?? 0) === 0 && !playwright.errors?.length)
  failed += 1;

// Type checking and lint count as one check each.
for (const status of checkStatuses) {
  if (status === '0') passed += 1;
  else failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
