import type { Attribute, Code, Coder, Coding, Memo, Message, Source, SourceEdit, SourceText } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { newId } from '../ids';

/**
 * Copies every row of one project into another. Ids are remapped through one table so that
 * references (parent codes, coding → source/code/coder, memo targets, attribute keys) stay intact.
 * Must run inside a transaction over all project tables.
 */
export async function copyProjectRows(db: KodebokDb, fromId: string, toId: string): Promise<void> {
  const ids = new Map<string, string>();
  const remap = (old: string) => {
    let fresh = ids.get(old);
    if (!fresh) {
      fresh = newId();
      ids.set(old, fresh);
    }
    return fresh;
  };
  const mapped = (old: string | null) => (old === null ? null : remap(old));

  const [sources, texts, messages, codes, codings, memos, coders, attributes, edits] = await Promise.all([
    db.sources.where('projectId').equals(fromId).toArray(),
    db.sourceTexts.where('projectId').equals(fromId).toArray(),
    db.messages.where('projectId').equals(fromId).toArray(),
    db.codes.where('projectId').equals(fromId).toArray(),
    db.codings.where('projectId').equals(fromId).toArray(),
    db.memos.where('projectId').equals(fromId).toArray(),
    db.coders.where('projectId').equals(fromId).toArray(),
    db.attributes.where('projectId').equals(fromId).toArray(),
    db.sourceEdits.where('projectId').equals(fromId).toArray(),
  ]);

  await db.attributes.bulkAdd(attributes.map((a): Attribute => ({ ...a, id: remap(a.id), projectId: toId })));
  await db.coders.bulkAdd(coders.map((c): Coder => ({ ...c, id: remap(c.id), projectId: toId })));
  await db.sources.bulkAdd(
    sources.map(
      (s): Source => ({
        ...s,
        id: remap(s.id),
        projectId: toId,
        attributes: Object.fromEntries(Object.entries(s.attributes).map(([k, v]) => [remap(k), v])),
      }),
    ),
  );
  await db.sourceTexts.bulkAdd(
    texts.map((t): SourceText => ({ ...t, sourceId: remap(t.sourceId), projectId: toId })),
  );
  await db.messages.bulkAdd(
    messages.map((m): Message => ({ ...m, id: remap(m.id), sourceId: remap(m.sourceId), projectId: toId })),
  );
  await db.codes.bulkAdd(
    codes.map((c): Code => ({ ...c, id: remap(c.id), parentId: mapped(c.parentId), projectId: toId })),
  );
  await db.codings.bulkAdd(
    codings.map(
      (c): Coding => ({
        ...c,
        id: remap(c.id),
        projectId: toId,
        sourceId: remap(c.sourceId),
        codeId: remap(c.codeId),
        coderId: remap(c.coderId),
        authorId: remap(c.authorId),
      }),
    ),
  );
  await db.memos.bulkAdd(
    memos.map(
      (m): Memo => ({
        ...m,
        id: remap(m.id),
        projectId: toId,
        targetId: m.targetKind === 'project' ? toId : remap(m.targetId),
        authorId: remap(m.authorId),
      }),
    ),
  );
  await db.sourceEdits.bulkAdd(
    edits.map(
      (e): SourceEdit => ({
        ...e,
        id: remap(e.id),
        projectId: toId,
        sourceId: remap(e.sourceId),
        authorId: remap(e.authorId),
      }),
    ),
  );
}
