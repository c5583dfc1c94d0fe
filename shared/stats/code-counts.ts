import { buildCodeTree, codePath, descendantIds, flattenCodeTree } from '../codebook/tree';
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
  return flattenCodeTree(buildCodeTree(codes)).map(({ code, depth }) => {
    const direct = byCode.get(code.id) ?? [];
    const all = [...descendantIds(codes, code.id)].flatMap((id) => byCode.get(id) ?? []);
    return {
      codeId: code.id,
      path: codePath(byId, code.id),
      depth,
      codings: all.length,
      sources: new Set(all.map((c) => c.sourceId)).size,
      directCodings: direct.length,
      directSources: new Set(direct.map((c) => c.sourceId)).size,
    };
  });
}
