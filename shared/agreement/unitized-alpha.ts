import { undefinedResult, type AgreementResult } from './result';

/** A coded stretch of a continuum: [start, end) in characters (UTF-16 code units). */
export interface UnitRange {
  start: number;
  end: number;
}

/**
 * One continuum (a source's text) as each coder unitized it for one code: ranges[c] are coder c's
 * ranges. Several sections (sources) make one study; gaps never run across a section's end.
 */
export interface UnitizedSection {
  length: number;
  /** ranges[c]: coder c's coded ranges in this section, in any order, overlaps allowed. */
  ranges: readonly (readonly UnitRange[])[];
}

interface Segment {
  start: number;
  length: number;
  /** true for a coded unit, false for a gap between units. */
  coded: boolean;
}

/** A coder's partition of [0, length): coded ranges merged where they overlap or touch, gaps between. */
function segmentsOf(length: number, ranges: readonly UnitRange[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last?.coded && r.start <= last.start + last.length) {
      last.length = Math.max(last.length, r.end - last.start);
      at = last.start + last.length;
      continue;
    }
    if (r.start > at) out.push({ start: at, length: r.start - at, coded: false });
    out.push({ start: r.start, length: r.end - r.start, coded: true });
    at = r.end;
  }
  if (at < length) out.push({ start: at, length: length - at, coded: false });
  return out;
}

/**
 * δ² between two segments (Krippendorff 1995, eq. for the binary case; 2004, §12.4): two coded
 * units that overlap differ by their squared start and end distances; a unit lying wholly inside
 * the other coder's gap differs by its squared length; anything else does not differ.
 */
function segmentDistance(a: Segment, b: Segment): number {
  const aEnd = a.start + a.length;
  const bEnd = b.start + b.length;
  if (a.coded && b.coded) return a.start < bEnd && b.start < aEnd ? (a.start - b.start) ** 2 + (aEnd - bEnd) ** 2 : 0;
  if (a.coded && !b.coded) return b.start <= a.start && aEnd <= bEnd ? a.length ** 2 : 0;
  if (!a.coded && b.coded) return a.start <= b.start && bEnd <= aEnd ? b.length ** 2 : 0;
  return 0;
}

/** Σ δ² over every pair of overlapping segments of two coders' partitions (a sweep: both are sorted). */
function pairDisagreement(first: Segment[], second: Segment[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i]!;
    const b = second[j]!;
    sum += segmentDistance(a, b);
    const aEnd = a.start + a.length;
    const bEnd = b.start + b.length;
    if (aEnd <= bEnd) i += 1;
    if (bEnd <= aEnd) j += 1;
  }
  return sum;
}

/**
 * Krippendorff's unitized α (uα) for one code: m coders each mark stretches of a continuum of total
 * length L as the code's units; everything unmarked is a gap (Krippendorff 1995, "On the
 * reliability of unitizing continuous data", Sociological Methodology 25; Krippendorff 2004,
 * Content Analysis 2nd ed., §12.4). uα = 1 − uD_o / uD_e with
 *   uD_o = 2 / (m (m−1) L²) · Σ_{coder pairs} Σ_{segments g, h} δ²(g, h)
 *   uD_e = (2/L) · Σ_{units g} [ (N−1)(2l_g³ − 3l_g² + l_g)/3 + l_g² Σ_{gaps h, l_h ≥ l_g} (l_h − l_g + 1) ]
 *          / ( mL(mL − 1) − Σ_{units g} l_g(l_g − 1) )
 * where N is the number of units over all coders and the sums over units and gaps run over all
 * coders' partitions. `units` reports the coded units, `pairable` the characters × coders (mL).
 */
export function unitizedAlpha(sections: readonly UnitizedSection[], coders: number): AgreementResult {
  return unitizedDisagreement(sections, coders).result;
}

/** uα with its two disagreements (0 when undefined), so several codes can be pooled. */
export function unitizedDisagreement(
  sections: readonly UnitizedSection[],
  coders: number,
): { result: AgreementResult; observed: number; expected: number } {
  const length = sections.reduce((sum, s) => sum + Math.max(0, s.length), 0);
  const partitions = sections.map((s) =>
    Array.from({ length: coders }, (_v, c) => segmentsOf(Math.max(0, s.length), s.ranges[c] ?? [])),
  );
  const unitLengths: number[] = [];
  const gapLengths: number[] = [];
  for (const section of partitions)
    for (const segments of section)
      for (const seg of segments) (seg.coded ? unitLengths : gapLengths).push(seg.length);
  const counts = { units: unitLengths.length, coders, pairable: coders * length };
  if (coders < 2 || length === 0)
    return { result: undefinedResult('too-few-pairable', counts), observed: 0, expected: 0 };

  let observed = 0;
  for (const section of partitions)
    for (let c = 0; c < coders; c++)
      for (let k = c + 1; k < coders; k++) observed += pairDisagreement(section[c]!, section[k]!);
  const dObserved = (2 * observed) / (coders * (coders - 1) * length * length);

  // Gaps longest first, with running sums, so each unit's Σ (l_h − l + 1) over gaps ≥ l is one search.
  gapLengths.sort((a, b) => b - a);
  const prefix = new Float64Array(gapLengths.length + 1);
  for (let h = 0; h < gapLengths.length; h++) prefix[h + 1] = prefix[h]! + gapLengths[h]!;
  const atLeast = (l: number) => {
    let lo = 0;
    let hi = gapLengths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gapLengths[mid]! >= l) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const unitCount = unitLengths.length;
  let numerator = 0;
  let squared = 0;
  for (const l of unitLengths) {
    const h = atLeast(l);
    numerator += ((unitCount - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * (prefix[h]! - h * (l - 1));
    squared += l * (l - 1);
  }
  const total = coders * length;
  const denominator = total * (total - 1) - squared;
  const dExpected = denominator > 0 ? ((2 / length) * numerator) / denominator : 0;
  if (!(dExpected > 0)) return { result: undefinedResult('no-variation', counts), observed: dObserved, expected: 0 };
  return { result: { value: 1 - dObserved / dExpected, reason: null, ...counts }, observed: dObserved, expected: dExpected };
}
