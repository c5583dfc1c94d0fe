import type { Id, PlanContext, Planned, ThemeLink } from '../model';
import { themeOrMissing, type ThematicRows } from './rows';
import { ThematicError } from './thematic-error';

export interface AddLinkInput {
  authorId: Id;
  fromId: Id;
  toId: Id;
  label?: string;
}

/** The link already drawn between two themes, in either direction. */
export function linkBetween(links: ThemeLink[], a: Id, b: Id): ThemeLink | undefined {
  return links.find((l) => (l.fromId === a && l.toId === b) || (l.fromId === b && l.toId === a));
}

/**
 * Draws a link between two themes on the map. A theme is not linked to itself, and two themes
 * have at most one link (in either direction): a second one would be drawn on top of the first.
 */
export function planAddLink(
  rows: Pick<ThematicRows, 'themes' | 'themeLinks'>,
  input: AddLinkInput,
  at: PlanContext,
): Planned<ThemeLink> {
  const from = themeOrMissing(rows.themes, input.fromId);
  const to = themeOrMissing(rows.themes, input.toId);
  if (from.id === to.id) throw new ThematicError('self-link', 'A theme cannot be linked to itself.');
  if (linkBetween(rows.themeLinks, from.id, to.id)) {
    throw new ThematicError('duplicate-link', 'These two themes are already linked.');
  }
  const link: ThemeLink = {
    id: at.newId(),
    projectId: from.projectId,
    authorId: input.authorId,
    fromId: from.id,
    toId: to.id,
    label: (input.label ?? '').trim().replace(/\s+/g, ' '),
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'themeLinks', projectId: from.projectId, row: link }], value: link };
}

function linkOrMissing(links: ThemeLink[], id: Id): ThemeLink {
  const link = links.find((l) => l.id === id);
  if (!link) throw new ThematicError('link-missing', 'The link is gone (deleted in the meantime).');
  return link;
}

/** Labels a link ("leads to", "tension"); an empty label leaves a plain line. */
export function planLabelLink(
  rows: Pick<ThematicRows, 'themeLinks'>,
  input: { id: Id; label: string },
  at: PlanContext,
): Planned<ThemeLink> {
  const link = linkOrMissing(rows.themeLinks, input.id);
  const label = input.label.trim().replace(/\s+/g, ' ');
  if (label === link.label) return { writes: [], value: link };
  const patch = { label, updatedAt: at.now };
  return {
    writes: [{ op: 'update', table: 'themeLinks', projectId: link.projectId, key: link.id, patch }],
    value: { ...link, ...patch },
  };
}

export function planRemoveLink(rows: Pick<ThematicRows, 'themeLinks'>, input: { id: Id }): Planned<ThemeLink | null> {
  const link = rows.themeLinks.find((l) => l.id === input.id);
  if (!link) return { writes: [], value: null };
  return { writes: [{ op: 'delete', table: 'themeLinks', projectId: link.projectId, key: link.id }], value: link };
}
