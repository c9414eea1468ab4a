/**
 * The TLE mod-10 checksum of the first 68 characters of a line: digits count as their value,
 * a minus sign as 1, everything else as 0.
 */
export function tleChecksum(line: string): number {
  let sum = 0;
  const end = Math.min(68, line.length);
  for (let i = 0; i < end; i += 1) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) sum += c - 48;
    else if (c === 45) sum += 1;
  }
  return sum % 10;
}
