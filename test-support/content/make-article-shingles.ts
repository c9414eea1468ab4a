// Regenerates article-shingles.json from the source article. The fixture holds only hashes of
// five-word runs, so the test can catch copied wording without the article's text living in the repo.
// Run from the repo root: npx tsx test-support/content/make-article-shingles.ts <path-to-article.txt>
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wordRuns } from '../../content/word-runs';
import { hashRun, RUN_LENGTH } from './shingle-hash';

const articlePath = process.argv[2];
if (!articlePath) throw new Error('Usage: make-article-shingles.ts <path-to-article.txt>');

const runs = wordRuns(readFileSync(articlePath, 'utf8'), RUN_LENGTH);
const hashes = [...new Set(runs.map(hashRun))].sort();
const out = fileURLToPath(new URL('./article-shingles.json', import.meta.url));
const fixture = { runLength: RUN_LENGTH, hash: 'sha256, first 16 hex digits, of the run joined by spaces', hashes };
writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`${hashes.length} run hashes written to ${out}`);
