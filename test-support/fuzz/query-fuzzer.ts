/**
 * A deterministic generator of malformed query strings for the API fuzz test. Seeded, so a failure names a
 * request that can be replayed exactly.
 */

/** mulberry32: small, fast, good enough to spread test cases; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
const int = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

/** Values that have broken parsers before: non-finite numbers, signed zero, overflow, exponent games, types. */
export const NASTY_VALUES: readonly string[] = [
  '',
  ' ',
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'inf',
  '-0',
  '+0',
  '0',
  '-0.0',
  '0x1F',
  '0b101',
  '0o17',
  '1e309',
  '-1e309',
  '1e-400',
  '9'.repeat(400),
  '-' + '9'.repeat(400),
  '1.7976931348623157e308',
  '5e-324',
  String(Number.MAX_SAFE_INTEGER + 2),
  String(-Number.MAX_SAFE_INTEGER - 2),
  '2147483648',
  '-2147483649',
  '4294967296',
  '1,5',
  '1.5.5',
  '1..5',
  '.5',
  '5.',
  '+-1',
  '--1',
  '1e',
  'e1',
  '1_000',
  '١٢٣',
  '１２３',
  'true',
  'false',
  'null',
  'undefined',
  '[]',
  '{}',
  '[1,2]',
  '{"a":1}',
  '"1"',
  "'1'",
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../../../etc/passwd',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  'http://127.0.0.1:1/',
  'https://evil.example/tle.txt',
  '//evil.example',
  '\u0000',
  '\u202e',
  '\ud800',
  '\uffff',
  '🛰️',
  'Zürich',
  'Ω',
  '\u0007\b\t\n\r',
  '%',
  '%%',
  '%zz',
  '%0',
  '%00',
  '%E0%A4%A',
  '%C0%AF',
  '%FF%FE',
  '%u0041',
  '%25%32%35',
  '+',
  '&',
  '=',
  '2026-10-09',
  '2026-10-09T19:42:49Z',
  '2026-10-09T19:42:49',
  '2026-13-45T99:99:99Z',
  '2026-02-30T00:00:00Z',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '9999-12-31T23:59:59.999999999Z',
  '1791571369',
  '-1791571369',
  '1791571369.5',
  '253402300800',
  '8640000000000001',
  'kilometers',
  'miles',
  'KILOMETERS',
  'km',
  'mi',
  'furlongs',
  '51.5',
  '-0.13',
  '90',
  '-90',
  '90.0000001',
  '180',
  '-180',
  '180.0000001',
  '360',
  '-360',
  '1e3',
];

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** encodeURIComponent that does not throw on a lone surrogate (it becomes U+FFFD, as a browser would send it). */
export const encodeComponent = (s: string): string => encodeURIComponent(s.replace(LONE_SURROGATE, '\ufffd'));

/** Encodings a client or an attacker might apply to a value before it reaches the server. */
function encodeValue(rnd: Random, value: string): string {
  switch (int(rnd, 0, 5)) {
    case 0:
      return value; // raw: lets broken percent sequences and reserved characters through
    case 1:
    case 2:
      return encodeComponent(value).replace(/%20/g, '+');
    case 3:
      return value.replace(/./gu, (c) => (rnd() < 0.3 ? `%${int(rnd, 0, 255).toString(16).padStart(2, '0')}` : c));
    case 4:
      return encodeComponent(encodeComponent(value)); // double-encoded
    default:
      return [...value].map((c) => `%${(c.codePointAt(0) ?? 0).toString(16)}`).join(''); // garbage "%hex" per char
  }
}

function randomString(rnd: Random, length: number): string {
  const pools = [
    'abcxyz',
    '0123456789',
    '.-+eE',
    '%&=#?;/\\',
    'ÄöüßΩж漢字',
    '🛰️🚀🌍',
    '\u0000\u0001\u001f\u007f',
    ' \t',
  ];
  let s = '';
  for (let i = 0; i < length; i += 1) s += pick(rnd, [...pick(rnd, pools)]);
  return s;
}

function randomValue(rnd: Random): string {
  switch (int(rnd, 0, 9)) {
    case 0:
    case 1:
    case 2:
      return pick(rnd, NASTY_VALUES);
    case 3:
      return String((rnd() - 0.5) * 10 ** int(rnd, 0, 320));
    case 4:
      return String(int(rnd, -1e9, 1e9));
    case 5:
      return randomString(rnd, int(rnd, 1, 40));
    case 6: {
      // Very long: 100 kB of one character or of a repeated nasty value.
      const unit = rnd() < 0.5 ? pick(rnd, ['9', 'a', '%', 'é', '🛰']) : pick(rnd, NASTY_VALUES) || 'x';
      return unit.repeat(Math.ceil(100_000 / Math.max(1, unit.length)));
    }
    case 7:
      return `${pick(rnd, NASTY_VALUES)}${pick(rnd, NASTY_VALUES)}`;
    case 8:
      return new Date(int(rnd, -8.64e15, 8.64e15) || 0).toString();
    default:
      return pick(rnd, ['', '-0', 'NaN', 'Infinity']);
  }
}

export const UNKNOWN_PARAMETERS: readonly string[] = [
  'url',
  'source',
  'tle',
  'callback',
  'redirect',
  'next',
  'host',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'AT',
  'Units',
  'lat[]',
  'lat.0',
  'a'.repeat(1000),
  '%',
  '%zz',
  '🛰️',
  'q',
  'format',
  'id',
];

/** One generated query string (without the `?`) for a route whose parameters are `known`. */
export function generateQuery(rnd: Random, known: readonly string[]): string {
  const names = known.length > 0 ? known : ['x'];
  const parts: string[] = [];
  const count = int(rnd, 0, 5);
  for (let i = 0; i < count; i += 1) {
    const roll = rnd();
    const name =
      roll < 0.7 ? pick(rnd, names) : roll < 0.9 ? pick(rnd, UNKNOWN_PARAMETERS) : randomString(rnd, int(rnd, 1, 12));
    const encodedName = rnd() < 0.8 ? encodeComponent(name) : encodeValue(rnd, name);
    const shape = rnd();
    if (shape < 0.05)
      parts.push(encodedName); // a flag with no `=`
    else if (shape < 0.1)
      parts.push(`${encodedName}=${encodeValue(rnd, randomValue(rnd))}=${encodeValue(rnd, randomValue(rnd))}`);
    else parts.push(`${encodedName}=${encodeValue(rnd, randomValue(rnd))}`);
    if (rnd() < 0.15) parts.push(parts[parts.length - 1] ?? ''); // the same parameter twice
  }
  const separator = rnd() < 0.9 ? '&' : pick(rnd, ['&&', ';', '&amp;', '&=&']);
  return parts.join(separator);
}
