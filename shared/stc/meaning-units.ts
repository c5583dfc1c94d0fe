import type { GoldenQuote, Id, MeaningUnit, PlanContext, Planned, Write } from '../model';
import { needsConfirmation, type Confirmable } from './confirmation';
import { deleteQuoteWrites } from './orphans';
import type { StcRows } from './rows';
import { StcError, stcMissing } from './stc-error';

type UnitRows = Pick<StcRows, 'projectId' | 'sources' | 'meaningUnits'>;

/** A range is a non-empty stretch inside the source's current text, in whole UTF-16 units. */
export function checkSourceRange(rows: Pick<StcRows, 'sources'>, sourceId: Id, start: number, end: number): void {
  const source = rows.sources.find((s) => s.id === sourceId);
  if (!source) throw stcMissing('source');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > source.length) {
    throw new StcError('range-invalid', { start, end, length: source.length });
  }
}

function sameRange(unit: MeaningUnit, sourceId: Id, start: number, end: number): boolean {
  return unit.sourceId === sourceId && unit.start === start && unit.end === end;
}

function newUnit(rows: UnitRows, fields: { sourceId: Id; start: number; end: number; codingId: Id | null; authorId: Id }, at: PlanContext): MeaningUnit {
  return { id: at.newId(), projectId: rows.projectId, ...fields, createdAt: at.now, updatedAt: at.now };
}

/**
 * Marks a meaning unit (step 2). The same stretch of the same source marked again is the unit
 * already there, not a second one.
 */
export function planAddMeaningUnit(
  rows: UnitRows,
  input: { sourceId: Id; start: number; end: number; authorId: Id },
  at: PlanContext,
): Planned<MeaningUnit> {
  checkSourceRange(rows, input.sourceId, input.start, input.end);
  const existing = rows.meaningUnits.find((u) => sameRange(u, input.sourceId, input.start, input.end));
  if (existing) return { writes: [], value: existing };
  const unit = newUnit(rows, { ...input, codingId: null }, at);
  return { writes: [{ op: 'put', table: 'meaningUnits', projectId: rows.projectId, row: unit }], value: unit };
}

export interface CodingSpan {
  id: Id;
  sourceId: Id;
  start: number;
  end: number;
}

export interface TakenIn {
  /** One unit per coding given, in the same order (a reused unit may appear more than once). */
  units: MeaningUnit[];
  created: number;
  reused: number;
}

/**
 * Takes existing codings in as meaning units. A coding whose stretch is already a unit reuses it
 * (taking the same code in twice adds nothing); codings outside their source's text are refused.
 */
export function planTakeInCodings(rows: UnitRows, input: { codings: CodingSpan[]; authorId: Id }, at: PlanContext): Planned<TakenIn> {
  const known = [...rows.meaningUnits];
  const writes: Write[] = [];
  const units: MeaningUnit[] = [];
  let created = 0;
  for (const coding of input.codings) {
    checkSourceRange(rows, coding.sourceId, coding.start, coding.end);
    const existing = known.find((u) => sameRange(u, coding.sourceId, coding.start, coding.end));
    if (existing) {
      units.push(existing);
      continue;
    }
    const unit = newUnit(rows, { sourceId: coding.sourceId, start: coding.start, end: coding.end, codingId: coding.id, authorId: input.authorId }, at);
    known.push(unit);
    units.push(unit);
    created += 1;
    writes.push({ op: 'put', table: 'meaningUnits', projectId: rows.projectId, row: unit });
  }
  return { writes, value: { units, created, reused: units.length - created } };
}

function unitOrMissing(rows: Pick<StcRows, 'meaningUnits'>, id: Id): MeaningUnit {
  const unit = rows.meaningUnits.find((u) => u.id === id);
  if (!unit) throw stcMissing('meaningUnit');
  return unit;
}

/**
 * Moves a meaning unit's ends. Golden quotes cut from it shrink with it; a quote left with nothing
 * of it would go, so that asks first (`confirmQuotes`).
 */
export function planResizeMeaningUnit(
  rows: Pick<StcRows, 'projectId' | 'sources' | 'meaningUnits' | 'goldenQuotes'>,
  input: { id: Id; start: number; end: number; confirmQuotes?: boolean },
  at: PlanContext,
): Planned<Confirmable<MeaningUnit>> {
  const unit = unitOrMissing(rows, input.id);
  checkSourceRange(rows, unit.sourceId, input.start, input.end);
  const quotes = rows.goldenQuotes.filter((q) => q.meaningUnitId === unit.id);
  const lost = quotes.filter((q) => Math.max(q.start, input.start) >= Math.min(q.end, input.end));
  if (lost.length > 0 && !input.confirmQuotes) return { writes: [], value: needsConfirmation(lost) };
  const patch = { start: input.start, end: input.end, updatedAt: at.now };
  const writes: Write[] = [{ op: 'update', table: 'meaningUnits', projectId: rows.projectId, key: unit.id, patch }];
  writes.push(...deleteQuoteWrites(rows.projectId, lost));
  for (const q of quotes) {
    if (lost.includes(q)) continue;
    const start = Math.max(q.start, input.start);
    const end = Math.min(q.end, input.end);
    if (start !== q.start || end !== q.end) {
      writes.push({ op: 'update', table: 'goldenQuotes', projectId: rows.projectId, key: q.id, patch: { start, end, updatedAt: at.now } });
    }
  }
  return { writes, value: { status: 'done', value: { ...unit, ...patch } } };
}

/**
 * Deletes a meaning unit and its placements. When golden quotes use it the answer lists them and
 * nothing is written, unless `confirmQuotes`: then the quotes go too.
 */
export function planDeleteMeaningUnit(
  rows: Pick<StcRows, 'projectId' | 'meaningUnits' | 'placements' | 'goldenQuotes'>,
  input: { id: Id; confirmQuotes?: boolean },
): Planned<Confirmable<GoldenQuote[]>> {
  const unit = unitOrMissing(rows, input.id);
  const quotes = rows.goldenQuotes.filter((q) => q.meaningUnitId === unit.id);
  if (quotes.length > 0 && !input.confirmQuotes) return { writes: [], value: needsConfirmation(quotes) };
  const writes: Write[] = [
    ...deleteQuoteWrites(rows.projectId, quotes),
    ...rows.placements
      .filter((p) => p.meaningUnitId === unit.id)
      .map((p): Write => ({ op: 'delete', table: 'placements', projectId: rows.projectId, key: p.id })),
    { op: 'delete', table: 'meaningUnits', projectId: rows.projectId, key: unit.id },
  ];
  return { writes, value: { status: 'done', value: quotes } };
}
