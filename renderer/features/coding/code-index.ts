import type { Code } from '../../../shared/model';
import { buildCodeTree, codePath, flattenCodeTree } from '../../../shared/codebook/tree';
import type { PaletteCode } from './QuickCodePalette';

export interface CodeIndex {
  /** Codes in codebook reading order, with their paths. */
  ordered: (PaletteCode & { depth: number })[];
  byId: Map<string, Code>;
  paths: Map<string, string>;
  /** Pinned codes in order; key 1 is the first, 0 the tenth. */
  pinned: Code[];
}

export function indexCodes(codes: Code[]): CodeIndex {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const ordered = flattenCodeTree(buildCodeTree(codes)).map((n) => ({ code: n.code, depth: n.depth, path: codePath(byId, n.code.id) }));
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
