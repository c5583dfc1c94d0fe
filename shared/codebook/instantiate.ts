import type { Code, Id, IsoDateTime } from '../model';
import type { CodebookDocument, CodebookEntry } from './document';
import { fallbackColour } from './palette';

export interface NewCodesContext {
  projectId: Id;
  now: IsoDateTime;
  /** A fresh id for each code (ULIDs in the app, predictable ids in tests and the CLI). */
  newId: (entry: CodebookEntry) => Id;
}

/** One code made from a codebook entry; an entry without a colour gets the palette's n-th colour. */
export function codeFromEntry(
  entry: CodebookEntry,
  at: { id: Id; projectId: Id; parentId: Id | null; order: number; now: IsoDateTime; colourIndex: number },
): Code {
  return {
    id: at.id,
    projectId: at.projectId,
    createdAt: at.now,
    updatedAt: at.now,
    parentId: at.parentId,
    order: at.order,
    name: entry.name.trim(),
    shortName: entry.shortName,
    color: entry.color === '' ? fallbackColour(at.colourIndex) : entry.color,
    definition: entry.definition,
    inclusion: entry.inclusion,
    exclusion: entry.exclusion,
    typicalExample: entry.typicalExample,
    atypicalExample: entry.atypicalExample,
    pinned: false,
  };
}

/**
 * Codes for a project from a codebook document (a template or an imported codebook): parents
 * before children, `order` by position among siblings. `keys` maps each entry's key to its new
 * code id, so data that names codes by key (the demo coding key) can find them.
 */
export function codesFromCodebook(
  doc: CodebookDocument,
  context: NewCodesContext,
): { codes: Code[]; keys: Map<string, Id> } {
  const codes: Code[] = [];
  const keys = new Map<string, Id>();
  const add = (entries: CodebookEntry[], parentId: Id | null) =>
    entries.forEach((entry, order) => {
      const id = context.newId(entry);
      if (entry.key !== undefined) keys.set(entry.key, id);
      codes.push(codeFromEntry(entry, { id, projectId: context.projectId, parentId, order, now: context.now, colourIndex: codes.length }));
      add(entry.children, id);
    });
  add(doc.codes, null);
  return { codes, keys };
}
