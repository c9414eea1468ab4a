import type { EpochMs } from '../units';
import { compassName } from '../format/compass';
import { formatNumber, type Speech } from '../format/speech';
import { formatDuration } from '../format/duration';
import { formatTimingBound } from '../format/uncertainty';
import { orbitNumberFromBoundary } from '../orbit/orbit-number';
import type { Tle } from '../tle/types';
import { passPrediction, showsTimingBound } from './predictability';
import type { Observer, Pass } from './types';

// RFC 5545 iCalendar export of passes. Every line ends in CRLF and is folded at 75 octets (UTF-8 bytes,
// never splitting a character; continuation lines start with a space). Times are UTC ("Z" form), so no
// VTIMEZONE is needed. UIDs are stable across re-computations (see passUid), so a refreshed TLE that shifts a
// pass by seconds updates the same event in a calendar instead of adding a duplicate.

/** The calendar's own sentences (the `api.ics` messages); compass points and durations come from `speech`. */
export type IcsKey =
  | 'calendarName'
  | 'summary'
  | 'summaryVisible'
  | 'details'
  | 'visible'
  | 'visibleBrightest'
  | 'notVisible'
  | 'bound'
  | 'alarm';

export type IcsWords = (key: IcsKey, values?: Record<string, string | number>) => string;

interface IcsOptions {
  /** The calendar's language: compass points, durations and numbers (summaries, descriptions, alarms). */
  speech: Speech;
  /** The calendar's sentences in the same language (messages, `api.ics`). Times stay UTC in every language, and say so. */
  words: IcsWords;
  /**
   * The elements the passes were computed from: a calendar holds only passes they can predict (a timing bound
   * within the pass's duration), and each event says how far its times may be off.
   */
  elements: Tle;
  /** DTSTAMP: when the file was produced. */
  now: EpochMs;
  /** PRODID, e.g. "-//Orbit Watch//Passes//EN". */
  productId: string;
  noradId: number;
  /** Used in titles; default "ISS". */
  satelliteName?: string;
  /** Minutes before the event for the reminder; default 10. */
  alarmMinutes?: number;
  /** Domain part of the UIDs; default "orbit-watch". */
  uidDomain?: string;
  /**
   * For a subscribed feed: how often a calendar should fetch it again, in hours (REFRESH-INTERVAL, RFC 7986, and
   * X-PUBLISHED-TTL, its older spelling that Outlook and Google Calendar read). Absent for a one-off file.
   */
  refreshHours?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** RFC 5545 3.3.11 TEXT escaping. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 3.1 folding: at most 75 octets per line, continuation lines begin with one space. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const ch of line) {
    const octets = encoder.encode(ch).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += ch;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 20261010T081834Z */
function icsUtc(atMs: EpochMs): string {
  return new Date(Math.round(atMs / 1000) * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function coordinate(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}

/**
 * Which revolution of the orbit a pass belongs to, for its UID. The NORAD count starts at the ascending node, where
 * passes of observers near the equator happen: a pass moved by seconds could change revolution there. Here the
 * count starts at the orbit's southernmost point for observers in the northern hemisphere (northernmost in the
 * southern): their passes happen where the station crosses their latitude, at least 65 degrees of orbit (16 min)
 * from that point, and an observer sees at most one pass per revolution.
 */
function passRevolution(pass: Pass, observer: Observer, elements: Tle): number {
  const boundaryRad = observer.latitudeDeg >= 0 ? 1.5 * Math.PI : 0.5 * Math.PI;
  return orbitNumberFromBoundary(elements, pass.culmination.atMs, boundaryRad);
}

/**
 * A UID that stays the same for the same pass across refreshes and new elements (which move a pass by seconds, and
 * by minutes over weeks): NORAD id, the revolution (see passRevolution) and the observer rounded to 0.01 deg.
 */
export function passUid(
  pass: Pass,
  observer: Observer,
  elements: Tle,
  noradId = elements.noradId,
  domain = 'orbit-watch',
): string {
  return `${noradId}-rev${passRevolution(pass, observer, elements)}-${coordinate(observer.latitudeDeg)}_${coordinate(observer.longitudeDeg)}@${domain}`;
}

/** "20:13:05": a UTC time of day, the same digits in every language (each message labels it UTC). */
function timeOfDay(atMs: EpochMs): string {
  return new Date(atMs).toISOString().slice(11, 19);
}

export function passesToIcs(passes: readonly Pass[], observer: Observer, options: IcsOptions): string {
  const name = options.satelliteName ?? 'ISS';
  const alarmMinutes = options.alarmMinutes ?? 10;
  const place = observer.name ?? `${coordinate(observer.latitudeDeg)}, ${coordinate(observer.longitudeDeg)}`;
  const { speech, words } = options;
  const direction = (azimuthDeg: number) => compassName(azimuthDeg, speech);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(words('calendarName', { satellite: name, place }))}`,
  ];
  if (options.refreshHours !== undefined) {
    const hours = Math.max(1, Math.round(options.refreshHours));
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${hours}H`, `X-PUBLISHED-TTL:PT${hours}H`);
  }
  const used = new Set<string>();
  for (const pass of passes) {
    const prediction = passPrediction(options.elements, pass);
    if (!prediction.predictable) continue;
    const start = pass.visibleStart ?? pass.rise;
    const end = pass.visibleEnd ?? pass.set;
    const summary = words(pass.visible ? 'summaryVisible' : 'summary', {
      satellite: name,
      elevation: String(Math.round(pass.maxElevationDeg)),
      from: direction(start.azimuthDeg),
      to: direction(end.azimuthDeg),
    });
    const details = words('details', {
      rise: timeOfDay(pass.rise.atMs),
      riseDirection: direction(pass.rise.azimuthDeg),
      maxElevation: formatNumber(pass.maxElevationDeg, speech.locale, 1),
      culmination: timeOfDay(pass.culmination.atMs),
      culminationDirection: direction(pass.culmination.azimuthDeg),
      set: timeOfDay(pass.set.atMs),
      setDirection: direction(pass.set.azimuthDeg),
      duration: formatDuration(pass.durationSec, speech),
    });
    const span = { start: timeOfDay(start.atMs), end: timeOfDay(end.atMs) };
    const visibility = !pass.visible
      ? words('notVisible')
      : pass.magnitude === null
        ? words('visible', span)
        : words('visibleBrightest', { ...span, magnitude: formatNumber(pass.magnitude, speech.locale, 1) });
    const bound = showsTimingBound(prediction)
      ? `\n${words('bound', { bound: formatTimingBound(prediction.timeUncertaintySeconds, speech) })}`
      : '';
    let uid = passUid(pass, observer, options.elements, options.noradId, options.uidDomain);
    // Never two events with one UID, should two passes ever share a revolution.
    if (used.has(uid)) uid = uid.replace('@', `-${icsUtc(pass.culmination.atMs)}@`);
    used.add(uid);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${icsUtc(options.now)}`,
      `DTSTART:${icsUtc(start.atMs)}`,
      `DTEND:${icsUtc(Math.max(end.atMs, start.atMs + 1000))}`,
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(`${details}\n${visibility}${bound}`)}`,
      `LOCATION:${escapeIcsText(place)}`,
      `GEO:${observer.latitudeDeg.toFixed(6)};${observer.longitudeDeg.toFixed(6)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(words('alarm', { satellite: name, minutes: alarmMinutes }))}`,
      `TRIGGER:-PT${alarmMinutes}M`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
