import { localeTag } from '../../i18n';

const cueTime = /^(\d{2,3}:\d{2}:\d{2})\.(\d{3})$/;

/** The decimal separator of the user's language: a comma in Norwegian, a point in English. */
function decimalSeparator(language: string): string {
  return new Intl.NumberFormat(localeTag(language)).formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/** "00:01:07.250" with the language's decimal separator; other timestamps as stored. */
function localTime(stamp: string, separator: string): string {
  const m = cueTime.exec(stamp);
  return m ? `${m[1]}${separator}${m[2]}` : stamp;
}

/**
 * A message's time as the turn head shows it: a subtitle cue as "00:01:07,250–00:01:09,000" in
 * nb/nn and "00:01:07.250–00:01:09.000" in English; a transcript's "00:12:05" or a dialogue's
 * date as stored. null when the message has no time.
 */
export function formatMessageTime(timestamp: string | null, timestampEnd: string | null | undefined, language: string): string | null {
  if (timestamp === null) return null;
  const separator = decimalSeparator(language);
  const start = localTime(timestamp, separator);
  return timestampEnd ? `${start}–${localTime(timestampEnd, separator)}` : start;
}
