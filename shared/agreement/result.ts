/**
 * What a measure returns. `value` is null when the measure is undefined for the data; `reason`
 * then says why as a code (translated in the UI, as an English sentence in the CLI). A measure
 * never reports an undefined case as 0 or 1.
 */
export type UndefinedReason =
  /** Fewer than two values that can be paired (no unit has values from two coders). */
  | 'too-few-pairable'
  /** Every pairable value is the same: expected disagreement is 0, so chance cannot be corrected for. */
  | 'no-variation'
  /** Cohen's κ and Scott's π compare exactly two coders. */
  | 'needs-two-coders'
  /** Fleiss' κ needs at least two coders and at least one unit every coder coded. */
  | 'needs-complete-units'
  /** Interval and ratio levels need numbers; a value is not one. */
  | 'not-numeric'
  /** Ratio level needs values ≥ 0. */
  | 'negative-ratio';

export interface AgreementResult {
  value: number | null;
  reason: UndefinedReason | null;
  /** Units the value is computed from (units with at least two values; for Fleiss, complete units). */
  units: number;
  coders: number;
  /** Pairable values: values in units that have at least two (Krippendorff's n). */
  pairable: number;
}

const sentences: Record<UndefinedReason, string> = {
  'too-few-pairable': 'Undefined: fewer than two pairable values (no unit was coded by two or more coders).',
  'no-variation':
    'Undefined: all pairable values are the same, so agreement cannot be told apart from chance (no variation).',
  'needs-two-coders': 'Undefined: this measure compares exactly two coders.',
  'needs-complete-units': 'Undefined: no unit has a value from every coder (Fleiss\' kappa needs complete units).',
  'not-numeric': 'Undefined: interval and ratio levels need numbers, and a value is not a number.',
  'negative-ratio': 'Undefined: the ratio level needs values of 0 or more.',
};

/** The English sentence for a reason code (the CLI's output; the app translates the code). */
export function reasonSentence(reason: UndefinedReason): string {
  return sentences[reason];
}

export function undefinedResult(
  reason: UndefinedReason,
  counts: { units: number; coders: number; pairable: number },
): AgreementResult {
  return { value: null, reason, ...counts };
}
