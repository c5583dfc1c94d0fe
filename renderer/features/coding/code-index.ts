import type { Code } from '../../../shared/model';
import { buildCodeTree, codePath, flattenCodeTree } from '../../../shared/codebook/tree';
import type { PaletteCode } from './QuickCodePalette';

export interface CodeIndex {
  /**
   * Codes in codebook reading order, with their paths, and the label an indented list shows: the
   * name, or the whole path when another code has the same name ("Respons/Grensearbeid" beside
   * "Grensearbeid"), so two codes are never shown alike.
   */
  ordered: (PaletteCode & { depth: number; label: string })[];
  byId: Map<string, Code>;
  /** Every code's path; two sibling codes with the same name are numbered ("A/B", "A/B (2)"). */
  paths: Map<string, string>;
  /** Pinned codes in order; key 1 is the first, 0 the tenth. */
  pinned: Code[];
}

const sameName = (name: string) => name.trim().toLocaleLowerCase('nb');

export function indexCodes(codes: Code[]): CodeIndex {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const nameCount = new Map<string, number>();
  for (const c of codes) nameCount.set(sameName(c.name), (nameCount.get(sameName(c.name)) ?? 0) + 1);
  const pathCount = new Map<string, number>();
  const ordered = flattenCodeTree(buildCodeTree(codes)).map((n) => {
    const plain = codePath(byId, n.code.id);
    const seen = (pathCount.get(sameName(plain)) ?? 0) + 1;
    pathCount.set(sameName(plain), seen);
    const path = seen === 1 ? plain : `${plain} (${seen})`;
    const label = (nameCount.get(sameName(n.code.name)) ?? 0) > 1 ? path : n.code.name;
    return { code: n.code, depth: n.depth, path, label };
  });
  return {
    ordered,
    byId,
    paths: new Map(ordered.map((o) => [o.code.id, o.path])),
    pinned: ordered.filter((o) => o.code.pinned).slice(0, 10).map((o) => o.code),
  };
}

/** Number key for the n-th pinned code (1…9, then 0). */
export function pinKey(n: number): string {
  return n === 9 ? '0' : String(n + 1);
}

/** Recently used codes per project, most recent first; kept for the session, across documents. */
const recentByProject = new Map<string, string[]>();

export function recentCodes(projectId: string): string[] {
  return recentByProject.get(projectId) ?? [];
}

export function noteRecentCode(projectId: string, codeId: string): string[] {
  const next = [codeId, ...recentCodes(projectId).filter((id) => id !== codeId)].slice(0, 8);
  recentByProject.set(projectId, next);
  return next;
}
