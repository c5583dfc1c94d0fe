import type { Id, PlanContext, Planned, Theme, Write } from '../model';
import { nodeBox, type NodeBox } from './map-layout';
import { shownParent, themeFamily, themeOrMissing, themeSiblings, type ThematicRows } from './rows';
import { cleanThemeName, ThematicError } from './thematic-error';

/**
 * Plans of the themes themselves: create a main theme or a subtheme, rename and define it, move it
 * (reorder, another parent), place it on the map, delete it with everything hanging on it.
 */

/** Orders 0, 1, 2… for a list of sibling themes (only themes whose order changes get a write). */
function renumber(list: Theme[], skip?: Id): Write[] {
  return list.flatMap((theme, order): Write[] =>
    theme.order === order || theme.id === skip
      ? []
      : [{ op: 'update', table: 'themes', projectId: theme.projectId, key: theme.id, patch: { order } }],
  );
}

/** Map units between the places a new main theme or subtheme may land. */
export const mapStep = { x: 320, y: 320, subX: 230, subY: 140 } as const;

function overlaps(a: NodeBox, b: NodeBox, margin: number): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * margin &&
    Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * margin
  );
}

/**
 * Where a new theme lands before anyone moves it: the first free place (no node within a margin of
 * it) among main themes' places in rows of four, or, for a subtheme, the places below its main
 * theme, alternating right and left of centre, then a row further down.
 */
export function newThemePosition(themes: Theme[], parent: Theme | null, name = ''): { x: number; y: number } {
  const ids = new Set(themes.map((t) => t.id));
  const taken = themes.map((t) =>
    nodeBox({ id: t.id, kind: shownParent(t, ids) === null ? 'theme' : 'subtheme', name: t.name, x: t.x, y: t.y }),
  );
  const candidates: { x: number; y: number }[] = [];
  if (parent) {
    for (let row = 0; row < 3; row++) {
      for (let k = 0; k < 9; k++) {
        const side = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2);
        candidates.push({ x: parent.x + side * mapStep.subX, y: parent.y + mapStep.subY + row * 100 });
      }
    }
  } else {
    for (let row = 0; row < 12; row++) {
      for (let col = 0; col < 4; col++) candidates.push({ x: 180 + col * mapStep.x, y: 100 + row * mapStep.y });
    }
  }
  const kind = parent ? 'subtheme' : 'theme';
  const free = candidates.find((c) => !taken.some((b) => overlaps(nodeBox({ id: '', kind, name, ...c }), b, 16)));
  return free ?? candidates[candidates.length - 1]!;
}

function checkPosition(x: number, y: number): void {
  if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) {
    throw new ThematicError('bad-position', 'A theme must be placed on the map.');
  }
}

/** A parent a subtheme may have: an existing main theme (subthemes hold no subthemes). */
function checkParent(themes: Theme[], parentId: Id | null, movingId?: Id): Theme | null {
  if (parentId === null) return null;
  const parent = themeOrMissing(themes, parentId);
  if (parent.parentId !== null && themes.some((t) => t.id === parent.parentId)) {
    throw new ThematicError('too-deep', 'A subtheme cannot hold subthemes of its own.');
  }
  if (movingId !== undefined) {
    if (parentId === movingId) throw new ThematicError('too-deep', 'A theme cannot be its own subtheme.');
    if (themes.some((t) => t.parentId === movingId && t.id !== movingId)) {
      throw new ThematicError('too-deep', 'A theme with subthemes cannot become a subtheme.');
    }
  }
  return parent;
}

export interface CreateThemeInput {
  projectId: Id;
  authorId: Id;
  /** null: a main theme; a main theme's id: a subtheme of it. */
  parentId: Id | null;
  name: string;
  definition?: string;
  /** Where to place it; by default beside its siblings (newThemePosition). */
  x?: number;
  y?: number;
}

/** A new theme at the end of its siblings, placed on the map. */
export function planCreateTheme(
  rows: Pick<ThematicRows, 'themes'>,
  input: CreateThemeInput,
  at: PlanContext,
): Planned<Theme> {
  const name = cleanThemeName(input.name);
  const { themes } = rows;
  const parent = checkParent(themes, input.parentId);
  const place =
    input.x !== undefined && input.y !== undefined ? { x: input.x, y: input.y } : newThemePosition(themes, parent);
  checkPosition(place.x, place.y);
  const siblings = themeSiblings(themes, input.parentId);
  const theme: Theme = {
    id: at.newId(),
    projectId: input.projectId,
    authorId: input.authorId,
    parentId: input.parentId,
    name,
    definition: input.definition?.trim() ?? '',
    order: siblings.length === 0 ? 0 : Math.max(...siblings.map((t) => t.order)) + 1,
    x: place.x,
    y: place.y,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'themes', projectId: input.projectId, row: theme }], value: theme };
}

export interface UpdateThemeInput {
  id: Id;
  name?: string;
  definition?: string;
}

/** Renames a theme or edits its definition; no writes when nothing changes. */
export function planUpdateTheme(
  rows: Pick<ThematicRows, 'themes'>,
  input: UpdateThemeInput,
  at: PlanContext,
): Planned<Theme> {
  const theme = themeOrMissing(rows.themes, input.id);
  const clean: Partial<Pick<Theme, 'name' | 'definition'>> = {};
  if (input.name !== undefined) clean.name = cleanThemeName(input.name);
  // The definition keeps its line breaks; only the ends are trimmed.
  if (input.definition !== undefined) clean.definition = input.definition.trim();
  const changed = (Object.keys(clean) as (keyof typeof clean)[]).some((k) => clean[k] !== theme[k]);
  if (!changed) return { writes: [], value: theme };
  const patch = { ...clean, updatedAt: at.now };
  return {
    writes: [{ op: 'update', table: 'themes', projectId: theme.projectId, key: theme.id, patch }],
    value: { ...theme, ...patch },
  };
}

export interface PlaceThemeInput {
  id: Id;
  x: number;
  y: number;
}

/** A theme moved on the map (by mouse or arrow keys). Map units are rounded to whole numbers. */
export function planPlaceTheme(
  rows: Pick<ThematicRows, 'themes'>,
  input: PlaceThemeInput,
  at: PlanContext,
): Planned<Theme> {
  const theme = themeOrMissing(rows.themes, input.id);
  checkPosition(input.x, input.y);
  const x = Math.round(input.x);
  const y = Math.round(input.y);
  if (x === theme.x && y === theme.y) return { writes: [], value: theme };
  const patch = { x, y, updatedAt: at.now };
  return {
    writes: [{ op: 'update', table: 'themes', projectId: theme.projectId, key: theme.id, patch }],
    value: { ...theme, ...patch },
  };
}

export interface MoveThemeInput {
  id: Id;
  /** null: make it a main theme; a main theme's id: make it (or keep it) a subtheme there. */
  parentId: Id | null;
  /** Position among the new siblings (clamped). */
  index: number;
}

/**
 * Reorders a theme among its siblings or moves it under another main theme (or up to the main
 * themes); old and new siblings are renumbered. A theme with subthemes stays a main theme.
 */
export function planMoveTheme(
  rows: Pick<ThematicRows, 'themes'>,
  input: MoveThemeInput,
  at: PlanContext,
): Planned<Theme> {
  const { themes } = rows;
  const theme = themeOrMissing(themes, input.id);
  checkParent(themes, input.parentId, theme.id);
  const ids = new Set(themes.map((t) => t.id));
  const oldParentId = theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
  const target = themeSiblings(themes, input.parentId, theme.id);
  const index = Math.max(0, Math.min(Math.trunc(input.index), target.length));
  if (
    oldParentId === input.parentId &&
    themeSiblings(themes, input.parentId).findIndex((t) => t.id === theme.id) === index
  ) {
    return { writes: [], value: theme };
  }
  const moved: Theme = { ...theme, parentId: input.parentId, order: index, updatedAt: at.now };
  const writes: Write[] = [
    {
      op: 'update',
      table: 'themes',
      projectId: theme.projectId,
      key: theme.id,
      patch: { parentId: input.parentId, order: index, updatedAt: at.now },
    },
    ...renumber([...target.slice(0, index), moved, ...target.slice(index)], theme.id),
    ...(oldParentId !== input.parentId ? renumber(themeSiblings(themes, oldParentId, theme.id)) : []),
  ];
  return { writes, value: moved };
}

/** What deleting a theme takes with it; the UI asks first when there are subthemes or quotes. */
export interface ThemeImpact {
  subthemes: number;
  codes: number;
  links: number;
  quotes: number;
}

/**
 * Deletes a theme with its subthemes, and every code gathering, link and quote of any of them, so
 * nothing is left pointing at a theme that is gone. The remaining siblings are renumbered.
 */
export function planDeleteTheme(rows: ThematicRows, input: { id: Id }): Planned<ThemeImpact> {
  const theme = themeOrMissing(rows.themes, input.id);
  const family = new Set(themeFamily(rows.themes, theme.id));
  const { projectId } = theme;
  const codes = rows.themeCodes.filter((c) => family.has(c.themeId));
  const links = rows.themeLinks.filter((l) => family.has(l.fromId) || family.has(l.toId));
  const quotes = rows.themeQuotes.filter((q) => family.has(q.themeId));
  const ids = new Set(rows.themes.map((t) => t.id));
  const parentId = theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
  const writes: Write[] = [
    ...quotes.map((q): Write => ({ op: 'delete', table: 'themeQuotes', projectId, key: q.id })),
    ...links.map((l): Write => ({ op: 'delete', table: 'themeLinks', projectId, key: l.id })),
    ...codes.map((c): Write => ({ op: 'delete', table: 'themeCodes', projectId, key: c.id })),
    ...[...family].reverse().map((id): Write => ({ op: 'delete', table: 'themes', projectId, key: id })),
    ...renumber(themeSiblings(rows.themes, parentId, theme.id)),
  ];
  return {
    writes,
    value: { subthemes: family.size - 1, codes: codes.length, links: links.length, quotes: quotes.length },
  };
}

/** Whether deleting the theme should ask first: it has subthemes or chosen quotes. */
export function deletionNeedsConfirmation(impact: ThemeImpact): boolean {
  return impact.subthemes > 0 || impact.quotes > 0;
}
