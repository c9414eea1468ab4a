// The one table `npm run bench` prints: each figure, its budget, the reference beside it, pass/fail.

export type Verdict = 'pass' | 'FAIL' | 'info' | 'skipped';

export interface Row {
  section: string;
  figure: string;
  value: string;
  budget: string;
  reference: string;
  verdict: Verdict;
  note?: string;
}

export function verdict(ok: boolean): Verdict {
  return ok ? 'pass' : 'FAIL';
}

export const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** A Markdown table (it reads fine in a terminal too), notes listed under it by row number. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['#', 'section', 'figure', 'measured', 'budget', 'reference', 'verdict'];
  const body = rows.map((r, i) => [
    String(i + 1),
    r.section,
    r.figure,
    r.value,
    r.budget,
    r.reference,
    r.note ? `${r.verdict} (note ${i + 1})` : r.verdict,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((line) => (line[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
  const notes = rows.flatMap((r, i) => (r.note ? [`${i + 1}. ${r.note}`] : []));
  if (notes.length > 0) out.push('', 'Notes:', ...notes);
  return out.join('\n');
}
