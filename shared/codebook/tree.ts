import type { Code, Id } from '../model';

/** A code with its sub-codes, as the codebook shows it. depth 0 is the top level. */
export interface CodeNode {
  code: Code;
  children: CodeNode[];
  depth: number;
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Siblings are listed by their order, then by name, then by id so the order never flickers. */
export function compareSiblings(a: Code, b: Code): number {
  return a.order - b.order || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The codebook as a tree. A code whose parent is missing (deleted elsewhere, half-imported) is
 * shown at the top level rather than hidden, and so is the first code of a parent cycle in damaged
 * data: every code appears exactly once.
 */
export function buildCodeTree(codes: Code[]): CodeNode[] {
  const ids = new Set(codes.map((c) => c.id));
  const childrenOf = new Map<Id | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) && code.parentId !== code.id ? code.parentId : null;
    const list = childrenOf.get(parent);
    if (list) list.push(code);
    else childrenOf.set(parent, [code]);
  }
  for (const list of childrenOf.values()) list.sort(compareSiblings);

  const placed = new Set<Id>();
  const grow = (code: Code, depth: number): CodeNode => {
    placed.add(code.id);
    const children = (childrenOf.get(code.id) ?? []).filter((c) => !placed.has(c.id)).map((c) => grow(c, depth + 1));
    return { code, children, depth };
  };
  const roots = (childrenOf.get(null) ?? []).map((c) => grow(c, 0));
  // Codes caught in a parent cycle are reachable from no root; lift them to the top level.
  for (const code of [...codes].sort(compareSiblings)) if (!placed.has(code.id)) roots.push(grow(code, 0));
  return roots;
}

/** Every node, depth first, parents before their children: the order the codebook is read in. */
export function flattenCodeTree(nodes: CodeNode[]): CodeNode[] {
  const out: CodeNode[] = [];
  const walk = (list: CodeNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

function byId(codes: Code[] | Map<Id, Code>): Map<Id, Code> {
  return codes instanceof Map ? codes : new Map(codes.map((c) => [c.id, c]));
}

/** The code's names from the top level down, joined by "/": "Boundary work/Clear". '' if unknown. */
export function codePath(codes: Code[] | Map<Id, Code>, id: Id): string {
  const map = byId(codes);
  const names: string[] = [];
  const seen = new Set<Id>();
  for (let code = map.get(id); code && !seen.has(code.id); code = code.parentId ? map.get(code.parentId) : undefined) {
    seen.add(code.id);
    names.unshift(code.name);
  }
  return names.join('/');
}

/** The code and all its sub-codes at any depth. */
export function descendantIds(codes: Code[], id: Id): Set<Id> {
  const childrenOf = new Map<Id, Id[]>();
  for (const c of codes) {
    if (c.parentId === null) continue;
    const list = childrenOf.get(c.parentId);
    if (list) list.push(c.id);
    else childrenOf.set(c.parentId, [c.id]);
  }
  const found = new Set<Id>([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const child of childrenOf.get(queue.pop()!) ?? []) {
      if (found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}

/**
 * Whether a code may be moved under `newParentId` (null: to the top level). Refused when the new
 * parent is the code itself or one of its sub-codes, which would cut the branch off the tree.
 */
export function canMove(codes: Code[], id: Id, newParentId: Id | null): boolean {
  if (!codes.some((c) => c.id === id)) return false;
  if (newParentId === null) return true;
  if (!codes.some((c) => c.id === newParentId)) return false;
  return !descendantIds(codes, id).has(newParentId);
}

/** The code's parent as the tree shows it: null at the top level or when the parent is missing. */
export function shownParentId(codes: Code[], code: Code): Id | null {
  const { parentId } = code;
  return parentId !== null && parentId !== code.id && codes.some((c) => c.id === parentId) ? parentId : null;
}

/** The children of a parent (null: the top level), in codebook order, without `except`. */
export function siblings(codes: Code[], parentId: Id | null, except?: Id): Code[] {
  return codes.filter((c) => shownParentId(codes, c) === parentId && c.id !== except).sort(compareSiblings);
}

/** The order after the last of these siblings. */
export function nextOrder(list: Code[]): number {
  return list.reduce((max, c) => Math.max(max, c.order + 1), 0);
}
