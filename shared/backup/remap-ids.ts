import { analysisStepId, readMarkId, type AnalysisMethod, type SavedSearchFilters } from '../model';
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
  return remapProjectRowsBy(tables, projectId, (key) => {
    let fresh = ids.get(key);
    if (!fresh) {
      fresh = newId();
      ids.set(key, fresh);
    }
    return fresh;
  });
}

/**
 * The same walk over every reference, with the new id of each old one chosen by `mapId` (called
 * with every id and reference met; it must give the same answer for the same id). The REFI import
 * of a Kodebok extension uses it to point rows at the rows the .qde file gave new ids to.
 */
export function remapProjectRowsBy(tables: BackupTables, projectId: string, mapId: (old: string) => string): BackupTables {
  const remap = (old: unknown): string => mapId(String(old));
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
    // Steps and read marks have derived ids: derive them again from the new project and sources.
    analysisSteps: rows(tables.analysisSteps, (st) => ({
      ...st,
      id: analysisStepId(projectId, st.method as AnalysisMethod, Number(st.step)),
    })),
    readMarks: rows(tables.readMarks, (r) => ({
      ...r,
      id: readMarkId(remap(r.sourceId)),
      sourceId: remap(r.sourceId),
      authorId: remap(r.authorId),
    })),
    preliminaryThemes: rows(tables.preliminaryThemes, (p) => ({ ...p, id: remap(p.id), authorId: remap(p.authorId) })),
    meaningUnits: rows(tables.meaningUnits, (u) => ({
      ...u,
      id: remap(u.id),
      sourceId: remap(u.sourceId),
      codingId: mapped(u.codingId),
      authorId: remap(u.authorId),
    })),
    codeGroups: rows(tables.codeGroups, (g) => ({
      ...g,
      id: remap(g.id),
      themeIds: ((g.themeIds ?? []) as unknown[]).map(remap),
      authorId: remap(g.authorId),
    })),
    subgroups: rows(tables.subgroups, (sg) => ({
      ...sg,
      id: remap(sg.id),
      codeGroupId: remap(sg.codeGroupId),
      authorId: remap(sg.authorId),
    })),
    placements: rows(tables.placements, (p) => ({
      ...p,
      id: remap(p.id),
      meaningUnitId: remap(p.meaningUnitId),
      codeGroupId: remap(p.codeGroupId),
      subgroupId: mapped(p.subgroupId),
    })),
    goldenQuotes: rows(tables.goldenQuotes, (q) => ({
      ...q,
      id: remap(q.id),
      subgroupId: remap(q.subgroupId),
      meaningUnitId: remap(q.meaningUnitId),
      sourceId: remap(q.sourceId),
      authorId: remap(q.authorId),
    })),
    analyticTexts: rows(tables.analyticTexts, (a) => ({
      ...a,
      id: remap(a.id),
      codeGroupId: remap(a.codeGroupId),
      recontextualised: ((a.recontextualised ?? []) as unknown[]).map(remap),
      authorId: remap(a.authorId),
    })),
    themes: rows(tables.themes, (th) => ({ ...th, id: remap(th.id), parentId: mapped(th.parentId), authorId: remap(th.authorId) })),
    themeCodes: rows(tables.themeCodes, (tc) => ({ ...tc, id: remap(tc.id), themeId: remap(tc.themeId), codeId: remap(tc.codeId) })),
    themeLinks: rows(tables.themeLinks, (l) => ({
      ...l,
      id: remap(l.id),
      fromId: remap(l.fromId),
      toId: remap(l.toId),
      authorId: remap(l.authorId),
    })),
    themeQuotes: rows(tables.themeQuotes, (q) => ({
      ...q,
      id: remap(q.id),
      themeId: remap(q.themeId),
      codingId: mapped(q.codingId),
      sourceId: remap(q.sourceId),
      authorId: remap(q.authorId),
    })),
    savedSearches: rows(tables.savedSearches, (s) => {
      const filters = s.filters as SavedSearchFilters;
      return {
        ...s,
        id: remap(s.id),
        authorId: remap(s.authorId),
        filters: {
          ...filters,
          attributes: Object.fromEntries(Object.entries(filters.attributes).map(([k, v]) => [remap(k), v])),
          code: filters.code ? { ...filters.code, codeId: remap(filters.code.codeId) } : null,
        },
      };
    }),
    attachments: rows(tables.attachments, (a) => ({ ...a, id: remap(a.id) })),
    // Codebook review: a version's snapshot names codes and codings by id, so they move too.
    codebookVersions: rows(tables.codebookVersions, (v) => {
      const snapshot = v.snapshot as { codes: BackupRow[] };
      return {
        ...v,
        id: remap(v.id),
        snapshot: {
          ...snapshot,
          codes: snapshot.codes.map((c) => ({
            ...c,
            id: remap(c.id),
            parentId: mapped(c.parentId),
            codingIds: ((c.codingIds ?? []) as unknown[]).map(remap),
          })),
        },
      };
    }),
    reviewComments: rows(tables.reviewComments, (c) => {
      const target = c.target as BackupRow;
      return {
        ...c,
        id: remap(c.id),
        replyTo: mapped(c.replyTo),
        target: {
          ...target,
          codeId: remap(target.codeId),
          ...(target.codingId === undefined ? {} : { codingId: remap(target.codingId) }),
        },
      };
    }),
    proposals: rows(tables.proposals, (p) => ({ ...p, id: remap(p.id), codeId: remap(p.codeId) })),
  };
}
