import type { Coding, Message, Source, SourceEdit } from '../../../shared/model';
import { planTextEdit, type EditRefusal, type TextEdit } from '../../../shared/ranges/text-edit';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { newId, nowIso } from '../ids';

export class TranscriptEditRefused extends Error {
  constructor(readonly reason: EditRefusal) {
    super(`The edit was refused (${reason}).`);
  }
}

/**
 * "Edit transcript" (typo fixes): replaces a piece of the source text and moves every coding and
 * message with it, as one undoable step, or refuses the whole edit when an offset could not be
 * moved without guessing. The fix is logged so readers can see what changed.
 */
export function editTranscript(db: KodebokDb, history: History, sourceId: string, authorId: string, edit: TextEdit): Promise<Source> {
  return history.run({ key: 'editTranscript' }, async (rec) => {
    const [source, stored, codings, messages] = await Promise.all([
      db.sources.get(sourceId),
      db.sourceTexts.get(sourceId),
      db.codings.where('sourceId').equals(sourceId).toArray(),
      db.messages.where('sourceId').equals(sourceId).toArray(),
    ]);
    if (!source || !stored) throw new Error('The source is gone.');
    const ranges = [
      ...codings.map((c) => ({ id: `c:${c.id}`, start: c.start, end: c.end })),
      ...messages.filter((m) => m.end > m.start).map((m) => ({ id: `m:${m.id}`, start: m.start, end: m.end })),
      // The preamble (title, date, place) moves like a message: a fix inside it or before it.
      ...(source.preamble ? [{ id: 'preamble', start: source.preamble.start, end: source.preamble.end }] : []),
    ];
    const plan = planTextEdit(stored.text, edit, ranges);
    if (!plan.ok) throw new TranscriptEditRefused(plan.reason);
    const now = nowIso();
    const moved = new Map(plan.ranges.map((r) => [r.id, r]));
    for (const c of codings) {
      const r = moved.get(`c:${c.id}`)!;
      if (r.start !== c.start || r.end !== c.end) await rec.update<Coding>('codings', c.id, { start: r.start, end: r.end, updatedAt: now });
    }
    for (const m of messages) {
      const r = moved.get(`m:${m.id}`);
      if (r && (r.start !== m.start || r.end !== m.end)) await rec.update<Message>('messages', m.id, { start: r.start, end: r.end, updatedAt: now });
      // Empty messages (no written reply) sit at a point: after the edit they shift with the text,
      // inside a replaced stretch they move to its start, so messages stay in order.
      if (!r) {
        const delta = edit.insert.length - (edit.end - edit.start);
        const at = m.start >= edit.end ? m.start + delta : m.start > edit.start ? edit.start : m.start;
        if (at !== m.start) await rec.update<Message>('messages', m.id, { start: at, end: at, updatedAt: now });
      }
    }
    await rec.put('sourceTexts', { ...stored, text: plan.text });
    await rec.put<SourceEdit>('sourceEdits', {
      id: newId(),
      projectId: source.projectId,
      sourceId,
      authorId,
      start: edit.start,
      removed: stored.text.slice(edit.start, edit.end),
      inserted: edit.insert,
      createdAt: now,
      updatedAt: now,
    });
    const preamble = moved.get('preamble');
    return rec.update<Source>('sources', sourceId, {
      length: plan.text.length,
      ...(preamble ? { preamble: { start: preamble.start, end: preamble.end } } : {}),
      updatedAt: now,
    });
  });
}
