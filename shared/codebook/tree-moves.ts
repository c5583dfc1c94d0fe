import type { Id } from '../model';
import { descendantIds, flattenCodeTree, type CodeNode } from './tree';

/** Where a code goes: under `parentId` (null: top level), at `index` among the other sub-codes. */
export interface Placement {
  parentId: Id | null;
  index: number;
}

export type MoveDirection = 'up' | 'down' | 'in' | 'out';
export type DropPosition = 'before' | 'after' | 'inside';

interface Located {
  node: CodeNode;
  parent: CodeNode | null;
  siblings: CodeNode[];
  index: number;
}

/** Every node with its parent and siblings, by code id. */
export function locate(tree: CodeNode[]): Map<Id, Located> {
  const out = new Map<Id, Located>();
  const walk = (list: CodeNode[], parent: CodeNode | null) =>
    list.forEach((node, index) => {
      out.set(node.code.id, { node, parent, siblings: list, index });
      walk(node.children, node);
    });
  walk(tree, null);
  return out;
}

/**
 * Keyboard moves: up/down among siblings, in = become the last sub-code of the sibling above,
 * out = leave the parent and come right after it. null when the move is not possible.
 */
export function plannedMove(tree: CodeNode[], id: Id, direction: MoveDirection): Placement | null {
  const at = locate(tree).get(id);
  if (!at) return null;
  const parentId = at.parent?.code.id ?? null;
  switch (direction) {
    case 'up':
      return at.index > 0 ? { parentId, index: at.index - 1 } : null;
    case 'down':
      return at.index < at.siblings.length - 1 ? { parentId, index: at.index + 1 } : null;
    case 'in': {
      const above = at.siblings[at.index - 1];
      return above ? { parentId: above.code.id, index: above.children.length } : null;
    }
    case 'out': {
      if (!at.parent) return null;
      const parentAt = locate(tree).get(at.parent.code.id)!;
      return { parentId: parentAt.parent?.code.id ?? null, index: parentAt.index + 1 };
    }
  }
}

/**
 * Dragging code `draggedId` onto code `targetId`: before or after it (same parent), or inside it
 * (as its last sub-code). null when the drop would put a code under itself.
 */
export function plannedDrop(tree: CodeNode[], draggedId: Id, targetId: Id, position: DropPosition): Placement | null {
  if (draggedId === targetId) return null;
  const where = locate(tree);
  const dragged = where.get(draggedId);
  const target = where.get(targetId);
  // The same rule the move command checks (canMove): never under itself or its own sub-codes.
  const codes = flattenCodeTree(tree).map((n) => n.code);
  if (!dragged || !target || descendantIds(codes, draggedId).has(targetId)) return null;
  if (position === 'inside') {
    return { parentId: targetId, index: target.node.children.filter((c) => c.code.id !== draggedId).length };
  }
  const others = target.siblings.filter((c) => c.code.id !== draggedId);
  const index = others.findIndex((c) => c.code.id === targetId) + (position === 'after' ? 1 : 0);
  return { parentId: target.parent?.code.id ?? null, index };
}

/** The codes a keyboard user can reach: top level, and the sub-codes of expanded codes. */
export function visibleNodes(tree: CodeNode[], expanded: ReadonlySet<Id>): CodeNode[] {
  const out: CodeNode[] = [];
  const walk = (list: CodeNode[]) => {
    for (const node of list) {
      out.push(node);
      if (expanded.has(node.code.id)) walk(node.children);
    }
  };
  walk(tree);
  return out;
}
