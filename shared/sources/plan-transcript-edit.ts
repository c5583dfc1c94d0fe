import type { Coding, GoldenQuote, Id, MeaningUnit, Message, PlanContext, Planned, Source, SourceEdit, ThemeQuote, Write } from '../model';
import { planTextEdit, type EditRefusal, type TextEdit } from '../ranges/text-edit';

/** A typo fix that could not move every offset without guessing; nothing is written. */
export class TranscriptEditRefused extends Error {
  constructor(readonly reason: EditRefusal) {
    super(`The edit was refused (${reason}).`);
  }
}

/** What a typo fix reads: the source, its current text (current-text.ts), and everything that points into it. */
export interface TranscriptRows {
  source: Source;
  text: string;
  codings: Coding[];
  messages: Message[];
  /** STC meaning units and golden quotes, and thematic quotes, of this source: they move like codings. */
  meaningUnits: MeaningUnit[];
  goldenQuotes: GoldenQuote[];
  themeQuotes: ThemeQuote[];
}

/** The tables whose rows hold a coded stretch of the source and move (or refuse the fix) by the same rule. */
const codedTables = ['codings', 'meaningUnits', 'goldenQuotes', 'themeQuotes'] as const;

/**
 * "Edit transcript" (typo fixes): replaces a piece of the source text and moves every coding,
 * meaning unit, golden quote, theme quote and message with it (planTextEdit), or refuses the whole edit when an offset could not be moved
 * without guessing. The imported text is never touched: the fix is one append to the log
 * (sourceEdits), from which the current text is derived, plus the moved offsets.
 */
export function planTranscriptEdit(rows: TranscriptRows, input: { authorId: Id; edit: TextEdit }, at: PlanContext): Planned<Source> {
  const { source, text, messages } = rows;
  const { edit } = input;
  const { projectId } = source;
  const coded = codedTables.flatMap((table) => rows[table].map((row) => ({ table, row, id: `${table}:${row.id}` })));
  const ranges = [
    ...coded.map(({ id, row }) => ({ id, start: row.start, end: row.end })),
    ...messages.filter((m) => m.end > m.start).map((m) => ({ id: `m:${m.id}`, start: m.start, end: m.end })),
    // The preamble (title, date, place) moves like a message: a fix inside it or before it.
    ...(source.preamble ? [{ id: 'preamble', start: source.preamble.start, end: source.preamble.end }] : []),
  ];
  const plan = planTextEdit(text, edit, ranges);
  if (!plan.ok) throw new TranscriptEditRefused(plan.reason);
  const now = at.now;
  const moved = new Map(plan.ranges.map((r) => [r.id, r]));
  const writes: Write[] = [];
  for (const { table, row, id } of coded) {
    const r = moved.get(id)!;
    if (r.start !== row.start || r.end !== row.end) {
      writes.push({ op: 'update', table, projectId, key: row.id, patch: { start: r.start, end: r.end, updatedAt: now } });
    }
  }
  for (const m of messages) {
    const r = moved.get(`m:${m.id}`);
    if (r && (r.start !== m.start || r.end !== m.end)) {
      writes.push({ op: 'update', table: 'messages', projectId, key: m.id, patch: { start: r.start, end: r.end, updatedAt: now } });
    }
    // Empty messages (no written reply) sit at a point: after the edit they shift with the text,
    // inside a replaced stretch they move to its start, so messages stay in order.
    if (!r) {
      const delta = edit.insert.length - (edit.end - edit.start);
      const point = m.start >= edit.end ? m.start + delta : m.start > edit.start ? edit.start : m.start;
      if (point !== m.start) {
        writes.push({ op: 'update', table: 'messages', projectId, key: m.id, patch: { start: point, end: point, updatedAt: now } });
      }
    }
  }
  const logged: SourceEdit = {
    id: at.newId(),
    projectId,
    sourceId: source.id,
    authorId: input.authorId,
    start: edit.start,
    removed: text.slice(edit.start, edit.end),
    inserted: edit.insert,
    createdAt: now,
    updatedAt: now,
  };
  writes.push({ op: 'put', table: 'sourceEdits', projectId, row: logged });
  const preamble = moved.get('preamble');
  const patch = {
    length: plan.text.length,
    ...(preamble ? { preamble: { start: preamble.start, end: preamble.end } } : {}),
    updatedAt: now,
  };
  writes.push({ op: 'update', table: 'sources', projectId, key: source.id, patch });
  return { writes, value: { ...source, ...patch } };
}
