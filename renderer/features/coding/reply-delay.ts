import type { ReplyDelay } from '../../../shared/model';
import { formatDuration } from '../../i18n/format';

/**
 * How long a reply took, as the reader should see it: the phrase the file wrote ("dagen etter"),
 * or, for a delay worked out from timestamps (no phrase), the duration in the UI language.
 */
export function replyDelayText(delay: ReplyDelay, language: string): string {
  if (delay.phrase) return delay.phrase;
  return delay.minHours === null ? '' : formatDuration(delay.minHours, language);
}

/** True when a speaker's label already says their role ("Veileder" and "Veileder"): show it once. */
export function labelSaysRole(speaker: string, roleLabel: string): boolean {
  return speaker.trim().toLocaleLowerCase('nb') === roleLabel.trim().toLocaleLowerCase('nb');
}
