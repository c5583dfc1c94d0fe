/**
 * Synthetic personal data for the anonymisation tests. Nothing here belongs to a real person:
 * fødselsnummer are computed from made-up dates, phone numbers and addresses are invented.
 * The control digits are computed here, independently of the module under test, so a wrong
 * implementation there cannot make its own test data agree with it.
 */

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function control(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] as number) * (weights[i] as number);
  const rest = sum % 11;
  return rest === 0 ? 0 : 11 - rest; // 10 means "no valid number with these digits"
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A fødselsnummer (or D-number) for the date, using the first individual number from `individual`
 * upwards whose control digits both exist.
 */
export function syntheticNationalId(
  day: number,
  month: number,
  year: number,
  { individual = 100, dNumber = false }: { individual?: number; dNumber?: boolean } = {},
): string {
  for (let n = individual; n < individual + 1000; n++) {
    const base = `${two(dNumber ? day + 40 : day)}${two(month)}${two(year % 100)}${String(n % 1000).padStart(3, '0')}`;
    const digits = [...base].map(Number);
    const k1 = control(digits, K1);
    if (k1 === 10) continue;
    const k2 = control([...digits, k1], K2);
    if (k2 === 10) continue;
    return `${base}${k1}${k2}`;
  }
  throw new Error('no valid individual number found');
}

/** The same number with its last control digit changed, so the check must fail. */
export function withWrongControlDigit(id: string): string {
  const last = Number(id.at(-1));
  return `${id.slice(0, 10)}${(last + 1) % 10}`;
}

/** Nine leading digits whose first control digit would be 10: no eleven-digit completion is valid. */
export function baseWithImpossibleFirstControl(): string {
  for (let n = 0; n < 1000; n++) {
    const base = `150385${String(n).padStart(3, '0')}`;
    if (control([...base].map(Number), K1) === 10) return base;
  }
  throw new Error('none found');
}

/** Nine leading digits whose weighted sum is divisible by 11, so the first control digit is 0. */
export function baseWithZeroFirstControl(): string {
  for (let n = 0; n < 1000; n++) {
    const base = `150385${String(n).padStart(3, '0')}`;
    const digits = [...base].map(Number);
    if (control(digits, K1) === 0 && control([...digits, 0], K2) !== 10) return base;
  }
  throw new Error('none found');
}

export function completeWithControls(base: string): string {
  const digits = [...base].map(Number);
  const k1 = control(digits, K1);
  return `${base}${k1}${control([...digits, k1], K2)}`;
}
