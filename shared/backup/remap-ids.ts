import type { BackupRow, BackupTables } from './format';

/**
 * Gives every row of a project a fresh id and moves it to `projectId`. Ids go through one map, so
 * every reference (parent codes, coding → source/code/coder, memo targets and authors, attribute
 * keys on sources, typo-fix log) still points at the same thing under its new id. Duplicating a
 * project and restoring a backup both use this, so restoring the same backup twice, or restoring
 * beside the original, gives projects that share no row.
 */
export function remapProjectRows(tables: BackupTables, projectId: string, newId: () => string): BackupTables {
  const ids = new Map<string, string>();
  const remap = (old: unknown): string => {
    const key = String(old);
    let fresh = ids.get(key);
    if (!fresh) {
      fresh = newId();
      ids.set(key, fresh);
    }
    return fresh;
  };
  const mapped = (old: unknown) => (old === null || old === undefined ? null : remap(old));
  const rows = (list: BackupRow[], change: (row: BackupRow) => BackupRow) =>
    list.map((row) => ({ ...change(row), projectId }));

  return {
    attributes: rows(tables.attributes, (a) => ({ ...a, id: remap(a.id) })),
    coders: rows(tables.coders, (c) => ({ ...c, id: remap(c.id) })),
    sources: rows(tables.sources, (s) => ({
      ...s,
      id: remap(s.id),
      attributes: Object.fromEntries(Object.entries((s.attributes ?? {}) as object).map(([k, v]) => [remap(k), v])),
    })),
    sourceTexts: rows(tables.sourceTexts, (t) => ({ ...t, sourceId: remap(t.sourceId) })),
    messages: rows(tables.messages, (m) => ({ ...m, id: remap(m.id), sourceId: remap(m.sourceId) })),
    codes: rows(tables.codes, (c) => ({ ...c, id: remap(c.id), parentId: mapped(c.parentId) })),
    codings: rows(tables.codings, (c) => ({
      ...c,
      id: remap(c.id),
      sourceId: remap(c.sourceId),
      codeId: remap(c.codeId),
      coderId: remap(c.coderId),
      authorId: remap(c.authorId),
    })),
    memos: rows(tables.memos, (m) => ({
      ...m,
      id: remap(m.id),
      targetId: m.targetKind === 'project' ? projectId : remap(m.targetId),
      authorId: remap(m.authorId),
    })),
    sourceEdits: rows(tables.sourceEdits, (e) => ({
      ...e,
      id: remap(e.id),
      sourceId: remap(e.sourceId),
      authorId: remap(e.authorId),
    })),
  };
}
