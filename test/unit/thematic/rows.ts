import type { Code, Coding, Theme, ThemeCode, ThemeLink, ThemeQuote, Write } from '../../../shared/model';
import type { ThematicRows } from '../../../shared/thematic';

const t = '2026-01-01T00:00:00.000Z';
export const projectId = 'p1';

export function theme(id: string, parentId: string | null, order: number, name = id): Theme {
  return {
    id,
    projectId,
    authorId: 'c1',
    parentId,
    name,
    definition: '',
    order,
    x: 100 * order,
    y: 0,
    createdAt: t,
    updatedAt: t,
  };
}

export function code(id: string, name = id): Code {
  return {
    id,
    projectId,
    parentId: null,
    order: 0,
    name,
    shortName: '',
    color: '#123456',
    definition: '',
    inclusion: '',
    exclusion: '',
    typicalExample: '',
    atypicalExample: '',
    pinned: false,
    createdAt: t,
    updatedAt: t,
  };
}

export function coding(id: string, codeId: string, sourceId = 's1', start = 0, end = 10): Coding {
  return { id, projectId, sourceId, codeId, coderId: 'c1', authorId: 'c1', start, end, createdAt: t, updatedAt: t };
}

export function themeCode(id: string, themeId: string, codeId: string): ThemeCode {
  return { id, projectId, themeId, codeId, createdAt: t, updatedAt: t };
}

export function link(id: string, fromId: string, toId: string, label = ''): ThemeLink {
  return { id, projectId, authorId: 'c1', fromId, toId, label, createdAt: t, updatedAt: t };
}

export function quote(id: string, themeId: string, codingId: string, order = 0): ThemeQuote {
  return {
    id,
    projectId,
    authorId: 'c1',
    themeId,
    codingId,
    sourceId: 's1',
    start: 0,
    end: 10,
    order,
    createdAt: t,
    updatedAt: t,
  };
}

/**
 * Focus-group themes: "Grensearbeid" (a, with subthemes a1, a2), "Ansvar" (b); codes k1–k3 gathered,
 * links a–b and a1–b, quotes on a1 and b.
 */
export function sample(): ThematicRows {
  return {
    themes: [
      theme('a', null, 0, 'Grensearbeid'),
      theme('a1', 'a', 0, 'Tydelig grense'),
      theme('a2', 'a', 1, 'Uklar grense'),
      theme('b', null, 1, 'Ansvar'),
    ],
    themeCodes: [
      themeCode('tc1', 'a1', 'k1'),
      themeCode('tc2', 'a2', 'k2'),
      themeCode('tc3', 'b', 'k3'),
      themeCode('tc4', 'a', 'k3'),
    ],
    themeLinks: [link('l1', 'a', 'b', 'spenning'), link('l2', 'a1', 'b')],
    themeQuotes: [quote('q1', 'a1', 'g1'), quote('q2', 'b', 'g3')],
  };
}

type Tables = Record<string, { id: string }[]>;

/** The rows after the writes, applied the way the store does (put replaces, update patches, delete removes). */
export function applyTo<T extends object>(rows: T, writes: Write[]): T {
  const out = Object.fromEntries(
    Object.entries(rows as Tables).map(([k, v]) => [k, v.map((r) => ({ ...r }))]),
  ) as Tables;
  for (const w of writes) {
    const table = (out[w.table] ??= []);
    if (w.op === 'put') {
      const row = w.row as { id: string };
      const i = table.findIndex((r) => r.id === row.id);
      if (i >= 0) table[i] = row;
      else table.push(row);
    } else if (w.op === 'update') {
      const i = table.findIndex((r) => r.id === w.key);
      if (i < 0) throw new Error(`update of missing ${w.table} ${w.key}`);
      table[i] = { ...table[i]!, ...w.patch };
    } else {
      const i = table.findIndex((r) => r.id === w.key);
      if (i < 0) throw new Error(`delete of missing ${w.table} ${w.key}`);
      table.splice(i, 1);
    }
  }
  return out as unknown as T;
}

/** Every row that points at a theme that is not there. */
export function dangling(rows: ThematicRows): string[] {
  const ids = new Set(rows.themes.map((x) => x.id));
  return [
    ...rows.themes.filter((x) => x.parentId !== null && !ids.has(x.parentId)).map((x) => `theme ${x.id}`),
    ...rows.themeCodes.filter((x) => !ids.has(x.themeId)).map((x) => `themeCode ${x.id}`),
    ...rows.themeLinks.filter((x) => !ids.has(x.fromId) || !ids.has(x.toId)).map((x) => `link ${x.id}`),
    ...rows.themeQuotes.filter((x) => !ids.has(x.themeId)).map((x) => `quote ${x.id}`),
  ];
}

/** Names under a parent in order, "a(a1,a2),b", the way a reader checks the outline. */
export function outline(themes: Theme[]): string {
  const under = (parentId: string | null): string =>
    themes
      .filter((x) => x.parentId === parentId)
      .sort((x, y) => x.order - y.order)
      .map((x) => {
        const inner = under(x.id);
        return inner ? `${x.id}(${inner})` : x.id;
      })
      .join(',');
  return under(null);
}
