import { hitsOf, type Hit } from './hit';

export const NATIONAL_ID_PLACEHOLDER = '[fødselsnummer]';

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 11 digits, or `DDMMYY NNNNN` as people often type it; never a slice of a longer number. */
const CANDIDATE = /(?<!\p{N})(\d{6})[ \u00A0]?(\d{5})(?!\p{N})/gu;

/** Control digit per Skatteetaten: remainder 0 gives 0 (11 - 0 = 11); 10 cannot be a digit. */
function controlDigit(digits: readonly number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((total, weight, i) => total + weight * (digits[i] ?? 0), 0);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  return control === 10 ? null : control;
}

/**
 * The century is not needed for plausibility except for 29 February, so any year divisible
 * by four is allowed it (1900, the one exception, is long past anyone still being imported).
 */
function isPlausibleBirthDate(day: number, month: number, year: number): boolean {
  const realDay = day > 40 ? day - 40 : day; // D-number: the day has 40 added
  if (month < 1 || month > 12 || realDay < 1) return false;
  if (month === 2 && realDay === 29) return year % 4 === 0;
  return realDay <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** True for an 11-digit fødselsnummer or D-number with a plausible date and both control digits. */
export function isValidNationalId(elevenDigits: string): boolean {
  if (!/^\d{11}$/.test(elevenDigits)) return false;
  const d = [...elevenDigits].map(Number);
  const [day, month, year] = [0, 2, 4].map((i) => (d[i] ?? 0) * 10 + (d[i + 1] ?? 0));
  if (!isPlausibleBirthDate(day ?? 0, month ?? 0, year ?? 0)) return false;
  return controlDigit(d, K1_WEIGHTS) === d[9] && controlDigit(d, K2_WEIGHTS) === d[10];
}

export function findNationalIds(text: string): Hit[] {
  return hitsOf(text, CANDIDATE, 'national-id', NATIONAL_ID_PLACEHOLDER, (m) => isValidNationalId(`${m[1]}${m[2]}`));
}
