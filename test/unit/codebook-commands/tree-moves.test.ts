import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/model';
import { buildCodeTree } from '../../../shared/codebook/tree';
import { plannedDrop, plannedMove, visibleNodes } from '../../../shared/codebook/tree-moves';

const t = '2026-01-01T00:00:00.000Z';
function code(id: string, parentId: string | null, order: number): Code {
  return {
    id,
    projectId: 'p',
    parentId,
    order,
    name: id,
    shortName: '',
    color: '#000000',
    definition: '',
    inclusion: '',
    exclusion: '',
    typicalExample: '',
    atypicalExample: '',
    pinned: false,
    createdAt: t,
    updatedAt: t,
  };
}

// A(A1, A2(A2x)), B, C
const tree = buildCodeTree([
  code('A', null, 0),
  code('A1', 'A', 0),
  code('A2', 'A', 1),
  code('A2x', 'A2', 0),
  code('B', null, 1),
  code('C', null, 2),
]);

describe('keyboard moves in the code tree', () => {
  it('moves up and down among siblings, and not past the ends', () => {
    expect(plannedMove(tree, 'B', 'up')).toEqual({ parentId: null, index: 0 });
    expect(plannedMove(tree, 'B', 'down')).toEqual({ parentId: null, index: 2 });
    expect(plannedMove(tree, 'A', 'up')).toBeNull();
    expect(plannedMove(tree, 'C', 'down')).toBeNull();
    expect(plannedMove(tree, 'A2', 'up')).toEqual({ parentId: 'A', index: 0 });
  });

  it('moves in under the sibling above (last), and out to right after the parent', () => {
    expect(plannedMove(tree, 'B', 'in')).toEqual({ parentId: 'A', index: 2 });
    expect(plannedMove(tree, 'A2', 'in')).toEqual({ parentId: 'A1', index: 0 });
    expect(plannedMove(tree, 'A1', 'in')).toBeNull();
    expect(plannedMove(tree, 'A2x', 'out')).toEqual({ parentId: 'A', index: 2 });
    expect(plannedMove(tree, 'A1', 'out')).toEqual({ parentId: null, index: 1 });
    expect(plannedMove(tree, 'C', 'out')).toBeNull();
    expect(plannedMove(tree, 'gone', 'up')).toBeNull();
  });
});

describe('dropping a dragged code', () => {
  it('drops inside (as last sub-code), before or after a code', () => {
    expect(plannedDrop(tree, 'C', 'A', 'inside')).toEqual({ parentId: 'A', index: 2 });
    expect(plannedDrop(tree, 'C', 'A2', 'before')).toEqual({ parentId: 'A', index: 1 });
    expect(plannedDrop(tree, 'C', 'A2', 'after')).toEqual({ parentId: 'A', index: 2 });
    // Among its own siblings the index counts the others only.
    expect(plannedDrop(tree, 'A', 'C', 'after')).toEqual({ parentId: null, index: 2 });
    expect(plannedDrop(tree, 'C', 'A', 'before')).toEqual({ parentId: null, index: 0 });
  });

  it('refuses a drop on the code itself or anywhere in its own branch', () => {
    expect(plannedDrop(tree, 'A', 'A', 'inside')).toBeNull();
    expect(plannedDrop(tree, 'A', 'A2x', 'inside')).toBeNull();
    expect(plannedDrop(tree, 'A', 'A1', 'after')).toBeNull();
    expect(plannedDrop(tree, 'A2x', 'A', 'inside')).toEqual({ parentId: 'A', index: 2 });
  });
});

describe('visible codes', () => {
  it('lists the sub-codes of expanded codes only', () => {
    expect(visibleNodes(tree, new Set(['A'])).map((n) => n.code.id)).toEqual(['A', 'A1', 'A2', 'B', 'C']);
    expect(visibleNodes(tree, new Set(['A', 'A2'])).map((n) => n.code.id)).toEqual(['A', 'A1', 'A2', 'A2x', 'B', 'C']);
  });
});
