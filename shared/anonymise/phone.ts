import { hitsOf, type Hit } from './hit';

export const PHONE_PLACEHOLDER = '[telefonnummer]';

/** Space, no-break space and narrow no-break space: what word processors put between groups. */
const GAP = '[ \\u00A0\\u202F]';

/** Norwegian subscriber numbers are 8 digits; 2–9 first (mobile 4 and 9, landlines, 8xx services). */
const UNGROUPED = '[2-9]\\d{7}';
const GROUPED = `(?:[2-9]\\d{2}${GAP}\\d{2}${GAP}\\d{3}|[2-9]\\d${GAP}\\d{2}${GAP}\\d{2}${GAP}\\d{2})`;
const COUNTRY_CODE = `(?:\\+47|0047)${GAP}?`;

/**
 * The number must not be a slice of something longer: no digit on either side, no decimal or
 * account-number dot (`1234.56.78903`), and no amount in kroner (`25000000 kr`, `kr 25000000`).
 * `kr.` with a full stop is not treated as an amount, since it so often ends a sentence
 * (`Det kostet 200 kr. 98765432 er nummeret`), and a missed number costs more than a false hit.
 */
const START_GUARD = `(?<![\\p{N}+]|\\p{N}[.,]|(?<![\\p{L}])(?:kr|NOK)${GAP}?)`;
const END_GUARD = `(?![\\p{N}]|[.,]\\p{N}|${GAP}?(?:kr|kroner|NOK)(?![\\p{L}])|,-)`;
/**
 * Grouped numbers also must not continue into a neighbouring group of digits, or a run like
 * `12 34 56 78 90` would yield a phone number from its first eight digits. Ungrouped numbers
 * may stand next to another number (`ring 2 98765432`), which is common in chat.
 */
const NO_GROUP_BEFORE = `(?<!\\p{N}${GAP})`;
const NO_GROUP_AFTER = `(?!${GAP}\\p{N})`;

const PHONE = new RegExp(
  `${START_GUARD}(?:${COUNTRY_CODE}(?:${UNGROUPED}|${GROUPED}${NO_GROUP_AFTER})` +
    `|${UNGROUPED}|${NO_GROUP_BEFORE}${GROUPED}${NO_GROUP_AFTER})${END_GUARD}`,
  'gu',
);

export function findPhoneNumbers(text: string): Hit[] {
  return hitsOf(text, PHONE, 'phone', PHONE_PLACEHOLDER);
}
