import type { Id, TextSpan } from '../model';
import type { AgreementTable } from './table';
import { unitSpans, type AgreementUnitKind } from './units';

/** A source as agreement reads it: its current text (the one codings point into) and its turns. */
export interface AgreementSource {
  id: Id;
  text: string;
  /** Message or transcript turn spans (empty for plain text). */
  turns: readonly TextSpan[];
}

/** The coding fields agreement needs. */
export interface AgreementCoding {
  sourceId: Id;
  codeId: Id;
  coderId: Id;
  start: number;
  end: number;
}

/** Where a table row sits in the project, so a viewer can show the unit in context. */
export interface UnitPlace {
  sourceId: Id;
  start: number;
  end: number;
}

/** A code's table: one row per unit (1 = the coder applied the code there, 0 = not, null = missing). */
export interface CodeUnitTable {
  table: AgreementTable;
  places: UnitPlace[];
}

/**
 * Codings grouped once for every code: coder → source → code → merged ranges, and which sources
 * each coder coded at all. A coder with no coding at all in a source has not coded that source:
 * their values there are missing, not "absent" (so a source one coder never got to does not
 * count as agreement that nothing is there).
 */
export interface CodingIndex {
  coderIds: readonly Id[];
  ranges: Map<string, TextSpan[]>;
  codedSources: Set<string>;
}

const key = (...parts: string[]) => parts.join('\u0000');

export function indexCodings(codings: readonly AgreementCoding[], coderIds: readonly Id[]): CodingIndex {
  const wanted = new Set(coderIds);
  const raw = new Map<string, TextSpan[]>();
  const codedSources = new Set<string>();
  for (const c of codings) {
    if (!wanted.has(c.coderId) || c.end <= c.start) continue;
    codedSources.add(key(c.coderId, c.sourceId));
    const k = key(c.coderId, c.sourceId, c.codeId);
    const list = raw.get(k);
    if (list) list.push({ start: c.start, end: c.end });
    else raw.set(k, [{ start: c.start, end: c.end }]);
  }
  const ranges = new Map<string, TextSpan[]>();
  for (const [k, list] of raw) ranges.set(k, mergeSpans(list));
  return { coderIds, ranges, codedSources };
}

/** Sorted, with overlapping or touching spans joined. */
export function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: TextSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** A coder's merged ranges of a code in a source, or null when the coder did not code the source. */
export function coderRanges(index: CodingIndex, coderId: Id, sourceId: Id, codeId: Id): TextSpan[] | null {
  if (!index.codedSources.has(key(coderId, sourceId))) return null;
  return index.ranges.get(key(coderId, sourceId, codeId)) ?? [];
}

/** Does any of the sorted, merged ranges overlap [start, end)? */
function overlaps(ranges: readonly TextSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]!.start < end;
}

/**
 * The units × coders table for one code on the given sources. A unit is 1 for a coder whose coding
 * of the code overlaps it. Character units come as runs of characters every coder coded alike
 * (weights = run lengths), so a long source stays a handful of rows.
 */
export function codeUnitTable(
  sources: readonly AgreementSource[],
  index: CodingIndex,
  codeId: Id,
  unit: AgreementUnitKind,
  spansOf: (source: AgreementSource) => TextSpan[] = (s) =>
    unit === 'char' ? [] : unitSpans(s.text, s.turns, unit),
): CodeUnitTable {
  const rows: (number | null)[][] = [];
  const places: UnitPlace[] = [];
  const weights: number[] = [];
  for (const source of sources) {
    const perCoder = index.coderIds.map((coder) => coderRanges(index, coder, source.id, codeId));
    if (perCoder.every((r) => r === null)) continue;
    if (unit === 'char') {
      const cuts = new Set<number>([0, source.text.length]);
      for (const ranges of perCoder)
        for (const r of ranges ?? []) {
          cuts.add(Math.min(Math.max(r.start, 0), source.text.length));
          cuts.add(Math.min(Math.max(r.end, 0), source.text.length));
        }
      const sorted = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i + 1 < sorted.length; i++) {
        const start = sorted[i]!;
        const end = sorted[i + 1]!;
        if (end <= start) continue;
        rows.push(perCoder.map((ranges) => (ranges === null ? null : overlaps(ranges, start, end) ? 1 : 0)));
        places.push({ sourceId: source.id, start, end });
        weights.push(end - start);
      }
      continue;
    }
    for (const span of spansOf(source)) {
      rows.push(perCoder.map((ranges) => (ranges === null ? null : overlaps(ranges, span.start, span.end) ? 1 : 0)));
      places.push({ sourceId: source.id, start: span.start, end: span.end });
    }
  }
  const coders = [...index.coderIds];
  return {
    table: unit === 'char' ? { coders, units: rows, weights } : { coders, units: rows },
    places,
  };
}
