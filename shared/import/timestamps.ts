/**
 * Timestamps found next to speaker labels. Absolute times (dialogues, tables) become ISO 8601
 * without inventing a time zone; media times in transcripts become "hh:mm:ss", and subtitle cue
 * times keep their milliseconds: "hh:mm:ss.mmm".
 */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// Norwegian style: 12.03.2020 14:05, 12.03.20 kl. 14.05, 12/03/2020, 12.03.2020, 14:05:30
const norwegianPattern =
  /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?:,?\s+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/i;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validTime(h: number, min: number, s: number): boolean {
  return h <= 23 && min <= 59 && s <= 59;
}

function formatIso(y: number, mo: number, d: number, time: [number, number, number] | null, zone = ''): string {
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  return time ? `${date}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}${zone}` : date;
}

/** "12.03.2020 14:05" → "2020-03-12T14:05:00"; ISO input is checked and normalised; else null. */
export function parseAbsoluteTimestamp(input: string): string | null {
  const s = input.trim();
  const iso = isoPattern.exec(s);
  const nor = iso ? null : norwegianPattern.exec(s);
  const m = iso ?? nor;
  if (!m) return null;
  const [y, mo, d] = iso ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[3]), Number(m[2]), Number(m[1])];
  const year = nor && m[3]!.length === 2 ? 2000 + y : y;
  if (!validDate(year, mo, d)) return null;
  if (m[4] === undefined) return formatIso(year, mo, d, null);
  const time: [number, number, number] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (!validTime(...time)) return null;
  const zone = iso && m[7] ? normaliseZone(m[7]) : '';
  return formatIso(year, mo, d, time, zone);
}

function normaliseZone(zone: string): string {
  if (zone === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

/** A bare time of day ("14:05") in a dialogue, kept as ISO time "14:05:00". */
export function parseTimeOfDay(input: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/.exec(input.trim());
  if (!m) return null;
  const t: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return validTime(...t) ? `${pad(t[0])}:${pad(t[1])}:${pad(t[2])}` : null;
}

/** Media time in a recording: "00:12:05", "1:02:03.500", "12:05" (mm:ss) → "hh:mm:ss". */
export function parseMediaTime(input: string): string | null {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?$/.exec(input.trim());
  if (!m) return null;
  const h = Number(m[1] ?? 0);
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (min > 59 || s > 59) return null;
  return `${pad(h)}:${pad(min)}:${pad(s)}`;
}

/**
 * A subtitle cue time to the millisecond: WebVTT "01:07.250" or "00:01:07.250", SubRip
 * "00:01:07,250" (some tools write fewer digits: ",25" is 250 ms) → "00:01:07.250"; else null.
 */
export function parseCueTime(input: string): string | null {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/.exec(input.trim());
  if (!m) return null;
  const h = Number(m[1] ?? 0);
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (min > 59 || s > 59) return null;
  return `${pad(h)}:${pad(min)}:${pad(s)}.${m[4]!.padEnd(3, '0')}`;
}

/** Milliseconds since the epoch for a full date-time; zone-less times are compared as if UTC. */
function instant(iso: string): number | null {
  if (!/T\d{2}:\d{2}/.test(iso)) return null;
  const withZone = /(Z|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : ms;
}

/** Hours from `earlier` to `later` (two decimals), or null unless both are full date-times. */
export function hoursBetween(earlier: string, later: string): number | null {
  const a = instant(earlier);
  const b = instant(later);
  if (a === null || b === null) return null;
  return Math.round(((b - a) / 3_600_000) * 100) / 100;
}
