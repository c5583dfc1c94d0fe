import { buildCodeTree, codePath, type CodeNode } from '../codebook/tree';
import type { Code, Coding, Id } from '../model';

export interface CodeCount {
  codeId: Id;
  /** "Boundary work/Clear" */
  path: string;
  /** 0 for a top-level code. */
  depth: number;
  /** Codings of the code and its sub-codes. */
  codings: number;
  /** Sources with at least one coding of the code or its sub-codes (each source once). */
  sources: number;
  /** Codings of the code itself. */
  directCodings: number;
  /** Sources with a coding of the code itself. */
  directSources: number;
}

/**
 * How much each code is used, in codebook order. A parent counts its sub-codes' codings too, and a
 * source counts once however many codings it has: "Boundary work/Clear: 10 sources" means ten
 * sources have some clear strategy.
 */
export function codeCounts(codes: Code[], codings: Coding[]): CodeCount[] {
  const byCode = new Map<Id, Coding[]>();
  for (const coding of codings) {
    const list = byCode.get(coding.codeId);
    if (list) list.push(coding);
    else byCode.set(coding.codeId, [coding]);
  }
  const byId = new Map(codes.map((c) => [c.id, c]));
  // One walk of the tree: a code's totals are its own codings plus its sub-codes' totals.
  const counts: CodeCount[] = [];
  const walk = (node: CodeNode): { codings: number; sources: Set<Id> } => {
    const direct = byCode.get(node.code.id) ?? [];
    const directSources = new Set(direct.map((c) => c.sourceId));
    const row: CodeCount = {
      codeId: node.code.id,
      path: codePath(byId, node.code.id),
      depth: node.depth,
      codings: 0,
      sources: 0,
      directCodings: direct.length,
      directSources: directSources.size,
    };
    counts.push(row);
    let total = direct.length;
    const sources = new Set(directSources);
    for (const child of node.children) {
      const sub = walk(child);
      total += sub.codings;
      for (const id of sub.sources) sources.add(id);
    }
    row.codings = total;
    row.sources = sources.size;
    return { codings: total, sources };
  };
  buildCodeTree(codes).forEach(walk);
  return counts;
}
