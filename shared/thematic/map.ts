import type { Id, ThemeQuote } from '../model';
import { compareThemes, shownParent, type CodebookRows, type ThematicRows } from './rows';

export interface MapNode {
  id: Id;
  name: string;
  definition: string;
  /** The main theme of a subtheme; null for a main theme (and for a subtheme whose main theme is gone). */
  parentId: Id | null;
  kind: 'theme' | 'subtheme';
  x: number;
  y: number;
  /** The codes gathered into this theme that still exist, in the order they were gathered. */
  codeIds: Id[];
  /**
   * Coded segments and the sources they are in, over the theme's own codes and, for a main theme,
   * its subthemes' codes too: what the theme rests on in the material.
   */
  segments: number;
  sources: number;
  quotes: ThemeQuote[];
}

export interface MapLink {
  id: Id;
  fromId: Id;
  toId: Id;
  label: string;
}

export interface ThematicMap {
  /** Main themes in order, each followed by its subthemes in order: the reading order of the map. */
  nodes: MapNode[];
  /** Links whose two ends both exist. */
  links: MapLink[];
  /** For every code, the themes it is gathered into. */
  themesOfCode: Map<Id, Id[]>;
  /** The box around every node's centre (all zero without themes). */
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

/**
 * The thematic map as it is drawn: nodes with their places and counts, and the links between them.
 * Rows left behind by other changes (a gathered code deleted from the codebook, a link to a theme
 * gone in another window) are skipped, never drawn as dangling.
 */
export function thematicMap(rows: ThematicRows & CodebookRows): ThematicMap {
  const themeIds = new Set(rows.themes.map((t) => t.id));
  const codeIds = new Set(rows.codes.map((c) => c.id));
  const codingsOf = new Map<Id, { id: Id; sourceId: Id }[]>();
  for (const coding of rows.codings) {
    const list = codingsOf.get(coding.codeId);
    if (list) list.push(coding);
    else codingsOf.set(coding.codeId, [coding]);
  }
  const gathered = new Map<Id, Id[]>();
  const themesOfCode = new Map<Id, Id[]>();
  const byCreation = [...rows.themeCodes].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  for (const row of byCreation) {
    if (!themeIds.has(row.themeId) || !codeIds.has(row.codeId)) continue;
    const list = gathered.get(row.themeId) ?? [];
    if (!list.includes(row.codeId)) list.push(row.codeId);
    gathered.set(row.themeId, list);
    themesOfCode.set(row.codeId, [...(themesOfCode.get(row.codeId) ?? []), row.themeId]);
  }

  const mains = rows.themes.filter((t) => shownParent(t, themeIds) === null).sort(compareThemes);
  const subsOf = (id: Id) =>
    rows.themes.filter((t) => t.id !== id && shownParent(t, themeIds) === id).sort(compareThemes);
  const nodes: MapNode[] = [];
  for (const main of mains) {
    const subs = subsOf(main.id);
    for (const theme of [main, ...subs]) {
      const isMain = theme === main;
      const own = gathered.get(theme.id) ?? [];
      const counted = new Set(isMain ? [...own, ...subs.flatMap((s) => gathered.get(s.id) ?? [])] : own);
      const segments = new Set<Id>();
      const sources = new Set<Id>();
      for (const codeId of counted) {
        for (const c of codingsOf.get(codeId) ?? []) {
          segments.add(c.id);
          sources.add(c.sourceId);
        }
      }
      nodes.push({
        id: theme.id,
        name: theme.name,
        definition: theme.definition,
        parentId: isMain ? null : main.id,
        kind: isMain ? 'theme' : 'subtheme',
        x: theme.x,
        y: theme.y,
        codeIds: own,
        segments: segments.size,
        sources: sources.size,
        quotes: rows.themeQuotes
          .filter((q) => q.themeId === theme.id)
          .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
      });
    }
  }

  const links = rows.themeLinks
    .filter((l) => themeIds.has(l.fromId) && themeIds.has(l.toId) && l.fromId !== l.toId)
    .map(({ id, fromId, toId, label }) => ({ id, fromId, toId, label }));
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const bounds =
    nodes.length === 0
      ? { minX: 0, minY: 0, maxX: 0, maxY: 0 }
      : { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
  return { nodes, links, themesOfCode, bounds };
}
