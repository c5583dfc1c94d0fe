import type { Code, Coding, Id, IsoDateTime } from '../model';

/** The text fields of a code a reviewer reads and a diff compares word by word. */
export const codeTextFields = ['definition', 'inclusion', 'exclusion', 'typicalExample', 'atypicalExample'] as const;
export type CodeTextField = (typeof codeTextFields)[number];

/** One code as a version froze it: plain data, no live rows. */
export interface SnapshotCode {
  id: Id;
  parentId: Id | null;
  order: number;
  name: string;
  shortName: string;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  typicalExample: string;
  atypicalExample: string;
  /**
   * Ids of the codings the code held. Merging and splitting keep coding ids (they move codings to
   * another code), so the diff can tell "merged into" and "split into" from a plain add or delete.
   */
  codingIds: Id[];
}

export interface CodebookSnapshot {
  codes: SnapshotCode[];
}

export interface SignOff {
  by: string;
  at: IsoDateTime;
}

/** A named version of the codebook. Once signed off it is frozen: later edits belong to a new version. */
export interface CodebookVersion {
  id: Id;
  projectId: Id;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  name: string;
  author: string;
  note: string;
  snapshot: CodebookSnapshot;
  signOff: SignOff | null;
}

/** Freezes the codebook as it stands: codes in tree order, each with the ids of its codings. */
export function snapshotCodebook(codes: readonly Code[], codings: readonly Coding[]): CodebookSnapshot {
  const byCode = new Map<Id, Id[]>();
  for (const coding of codings) {
    const list = byCode.get(coding.codeId) ?? [];
    list.push(coding.id);
    byCode.set(coding.codeId, list);
  }
  const sorted = treeOrder(codes);
  return {
    codes: sorted.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      order: c.order,
      name: c.name,
      shortName: c.shortName,
      color: c.color,
      definition: c.definition,
      inclusion: c.inclusion,
      exclusion: c.exclusion,
      typicalExample: c.typicalExample,
      atypicalExample: c.atypicalExample,
      codingIds: [...(byCode.get(c.id) ?? [])].sort(),
    })),
  };
}

/** The path of a code in a snapshot ("Parent / Child"), for readable diffs and packages. */
export function snapshotPath(snapshot: CodebookSnapshot, id: Id): string {
  const byId = new Map(snapshot.codes.map((c) => [c.id, c]));
  const names: string[] = [];
  const seen = new Set<Id>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return names.join(' / ');
}

/** Depth first, siblings by their order: how the codebook reads, and how a package prints it. */
function treeOrder(codes: readonly Code[]): Code[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<Id | null, Code[]>();
  for (const code of codes) {
    // A parent missing from the list (should not happen) puts the code at the top, not nowhere.
    const parent = code.parentId && ids.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  const out: Code[] = [];
  const seen = new Set<Id>();
  const visit = (parent: Id | null) => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    for (const code of list) {
      if (seen.has(code.id)) continue;
      seen.add(code.id);
      out.push(code);
      visit(code.id);
    }
  };
  visit(null);
  // Codes in a parent cycle are never reached from the top: keep them anyway.
  for (const code of codes) if (!seen.has(code.id)) out.push(code);
  return out;
}
