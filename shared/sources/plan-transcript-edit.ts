import type { Coding, Id, Message, PlanContext, Planned, Source, SourceEdit, Write } from '../model';
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
}

/**
 * "Edit transcript" (typo fixes): replaces a piece of the source text and moves every coding and
 * message with it (planTextEdit), or refuses the whole edit when an offset could not be moved
 * without guessing. The imported text is never touched: the fix is one append to the log
 * (sourceEdits), from which the current text is derived, plus the moved offsets.
 */
export function planTranscriptEdit(rows: TranscriptRows, input: { authorId: Id; edit: TextEdit }, at: PlanContext): Planned<Source> {
  const { source, text, codings, messages } = rows;
  const { edit } = input;
  const { projectId } = source;
  const ranges = [
    ...codings.map((c) => ({ id: `c:${c.id}`, start: c.start, end: c.end })),
    ...messages.filter((m) => m.end > m.start).map((m) => ({ id: `m:${m.id}`, start: m.start, end: m.end })),
    // The preamble (title, date, place) moves like a message: a fix inside it or before it.
    ...(source.preamble ? [{ id: 'preamble', start: source.preamble.start, end: source.preamble.end }] : []),
  ];
  const plan = planTextEdit(text, edit, ranges);
  if (!plan.ok) throw new TranscriptEditRefused(plan.reason);
  const now = at.now;
  const moved = new Map(plan.ranges.map((r) => [r.id, r]));
  const writes: Write[] = [];
  for (const c of codings) {
    const r = moved.get(`c:${c.id}`)!;
    if (r.start !== c.start || r.end !== c.end) {
      writes.push({ op: 'update', table: 'codings', projectId, key: c.id, patch: { start: r.start, end: r.end, updatedAt: now } });
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
