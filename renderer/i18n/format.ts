/**
 * Dates, times, numbers, durations and file sizes as the chosen UI language writes them:
 * "13.03.2024 kl. 09:12", "19,1 timer", "2 døgn 3 t". Everything the UI shows goes through here,
 * so no screen shows an ISO string or a decimal point in Norwegian.
 */

type Language = 'nb' | 'nn' | 'en';

function asLanguage(language: string): Language {
  return language === 'nn' || language === 'en' ? language : 'nb';
}

function intlSupports(tag: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 && Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
}

/**
 * The Intl locale for a UI language. Chromium's ICU data has bokmål but not nynorsk: asked for
 * 'nn' it silently falls back to American English ("Mar 13, 2024, 9:12 AM", "19.1"). Nynorsk
 * writes dates and numbers exactly like bokmål, so bokmål stands in when nynorsk is missing.
 */
export function intlLocale(language: string, supports: (tag: string) => boolean = intlSupports): string {
  const lang = asLanguage(language);
  if (lang === 'en') return 'en-GB';
  if (lang === 'nn' && supports('nn-NO')) return 'nn-NO';
  return 'nb-NO';
}

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "13.03.2024" (nb/nn), "13 Mar 2024" (en). An unreadable date is shown as it was given. */
export function formatDate(value: string | Date, language: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  const english = asLanguage(language) === 'en';
  return new Intl.DateTimeFormat(intlLocale(language), english ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** "13.03.2024 kl. 09:12" (nb/nn), "13 Mar 2024, 09:12" (en), in the machine's time zone. */
export function formatDateTime(value: string | Date, language: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  const day = formatDate(date, language);
  const time = formatTime(date, language);
  return asLanguage(language) === 'en' ? `${day}, ${time}` : `${day} kl. ${time}`;
}

/** "19,1" (nb/nn), "19.1" (en); at most `fractionDigits` decimals, none when the number is whole. */
export function formatNumber(value: number, language: string, fractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: fractionDigits }).format(value);
}

const durationWords: Record<Language, { hour: string; hours: string; day: string; days: string; h: string; min: string }> = {
  nb: { hour: 'time', hours: 'timer', day: 'døgn', days: 'døgn', h: 't', min: 'min' },
  nn: { hour: 'time', hours: 'timar', day: 'døgn', days: 'døgn', h: 't', min: 'min' },
  en: { hour: 'hour', hours: 'hours', day: 'day', days: 'days', h: 'h', min: 'min' },
};

/**
 * A length of time given in hours, the way a reader counts it: under an hour in minutes ("40 min"),
 * under a day in hours with one decimal ("19,1 timer"), from a day on in days and whole hours
 * ("2 døgn 3 t", "2 days 3 h").
 */
export function formatDuration(hours: number, language: string): string {
  const words = durationWords[asLanguage(language)];
  if (!Number.isFinite(hours)) return String(hours);
  const sign = hours < 0 ? '−' : '';
  const h = Math.abs(hours);
  if (h < 1) {
    const minutes = Math.round(h * 60);
    if (minutes < 60) return `${sign}${formatNumber(minutes, language, 0)} ${words.min}`;
  }
  const tenths = Math.round(h * 10) / 10;
  if (tenths < 24) return `${sign}${formatNumber(tenths, language)} ${tenths === 1 ? words.hour : words.hours}`;
  const whole = Math.round(h);
  const days = Math.floor(whole / 24);
  const rest = whole - days * 24;
  const dayPart = `${formatNumber(days, language, 0)} ${days === 1 ? words.day : words.days}`;
  return `${sign}${rest === 0 ? dayPart : `${dayPart} ${formatNumber(rest, language, 0)} ${words.h}`}`;
}

/** "1,2 MB" (nb/nn), "1.2 MB" (en): binary steps, one decimal above bytes. */
export function formatFileSize(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, language, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

const cueTime = /^(\d{2,3}:\d{2}:\d{2})\.(\d{3})$/;

/** "00:01:07,250" (nb/nn), "00:01:07.250" (en): a subtitle cue's media time with the language's decimal mark. */
function formatCueTime(stamp: string, language: string): string {
  const m = cueTime.exec(stamp);
  if (!m) return stamp;
  const mark = new Intl.NumberFormat(intlLocale(language)).formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return `${m[1]}${mark}${m[2]}`;
}

/**
 * A message's time as the file gave it: an absolute time (ISO 8601, e.g. from a dialogue log) is
 * written as a date and time; a subtitle cue as "00:01:07,250–00:01:09,000" (its start and end);
 * a media time from a transcript ("00:12:05") is already readable.
 */
export function formatMessageTime(timestamp: string, timestampEnd: string | null | undefined, language: string): string {
  // Stored without a time zone ("2024-03-13T09:12:00"): read as the wall-clock time it was written in.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(timestamp)) return formatDateTime(timestamp, language);
  // A date alone would be read as midnight UTC, the day before west of Greenwich: build it locally.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timestamp);
  if (day) return formatDate(new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])), language);
  const start = formatCueTime(timestamp, language);
  return timestampEnd ? `${start}–${formatCueTime(timestampEnd, language)}` : start;
}

/** "«A», «B» eller «C»" (nb/nn), "«A», «B» or «C»" (en): alternatives, as a sentence lists them. */
export function formatOrList(items: string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'disjunction' }).format(items);
}
