import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCodeTree,
  canMove,
  codePath,
  descendantIds,
  flattenCodeTree,
  type CodeNode,
} from '../../../shared/codebook';
import { makeCode } from './make-code';

const codes = [
  makeCode('amb', 'Ambiguous', 'bw', 1),
  makeCode('clear', 'Clear', 'bw', 0),
  makeCode('bw', 'Boundary work', null, 1),
  makeCode('resp', 'Response', null, 0),
  makeCode('link', 'Link sending', 'amb', 0),
  makeCode('ref', 'Explicit referral', 'clear', 0),
];

function outline(nodes: CodeNode[]): string[] {
  return flattenCodeTree(nodes).map((n) => `${'  '.repeat(n.depth)}${n.code.name}`);
}

describe('buildCodeTree', () => {
  it('nests codes under their parents, siblings by order', () => {
    expect(outline(buildCodeTree(codes))).toEqual([
      'Response',
      'Boundary work',
      '  Clear',
      '    Explicit referral',
      '  Ambiguous',
      '    Link sending',
    ]);
  });

  it('sorts siblings with the same order by name, æøå after z', () => {
    const tree = buildCodeTree([
      makeCode('1', 'Øving'),
      makeCode('2', 'Zebra'),
      makeCode('3', 'Arbeid'),
      makeCode('4', 'Ære'),
    ]);
    expect(tree.map((n) => n.code.name)).toEqual(['Arbeid', 'Zebra', 'Ære', 'Øving']);
  });

  it('shows a code whose parent is gone at the top level instead of hiding it', () => {
    const tree = buildCodeTree([makeCode('a', 'Kept', null, 0), makeCode('o', 'Orphan', 'deleted', 1)]);
    expect(outline(tree)).toEqual(['Kept', 'Orphan']);
  });

  it('shows every code exactly once even when damaged data has a parent cycle', () => {
    const tree = buildCodeTree([makeCode('a', 'A', 'b'), makeCode('b', 'B', 'a'), makeCode('c', 'C', 'c')]);
    expect(
      flattenCodeTree(tree)
        .map((n) => n.code.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('codePath', () => {
  it('joins names from the top down', () => {
    expect(codePath(codes, 'link')).toBe('Boundary work/Ambiguous/Link sending');
    expect(codePath(new Map(codes.map((c) => [c.id, c])), 'clear')).toBe('Boundary work/Clear');
    expect(codePath(codes, 'nope')).toBe('');
  });
});

describe('descendantIds', () => {
  it('holds the code and all sub-codes at any depth', () => {
    expect([...descendantIds(codes, 'bw')].sort()).toEqual(['amb', 'bw', 'clear', 'link', 'ref']);
    expect([...descendantIds(codes, 'link')]).toEqual(['link']);
  });
});

describe('canMove', () => {
  it('allows moving a branch elsewhere or to the top level', () => {
    expect(canMove(codes, 'amb', 'resp')).toBe(true);
    expect(canMove(codes, 'amb', null)).toBe(true);
  });

  it('refuses moving a code under itself or under one of its sub-codes', () => {
    expect(canMove(codes, 'bw', 'bw')).toBe(false);
    expect(canMove(codes, 'bw', 'link')).toBe(false);
    expect(canMove(codes, 'clear', 'ref')).toBe(false);
  });

  it('refuses unknown codes and parents', () => {
    expect(canMove(codes, 'nope', null)).toBe(false);
    expect(canMove(codes, 'amb', 'nope')).toBe(false);
  });

  it('never lets a sequence of allowed moves create a cycle', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(null, ...ids)), { maxLength: 20 }),
        (moves) => {
          let current = ids.map((id) => makeCode(id, id.toUpperCase()));
          for (const [id, parent] of moves) {
            if (!canMove(current, id, parent)) continue;
            current = current.map((c) => (c.id === id ? { ...c, parentId: parent } : c));
          }
          // No cycle: every code reaches the top level by following parents.
          for (const code of current) {
            const seen = new Set<string>();
            let at: string | null = code.id;
            while (at !== null) {
              expect(seen.has(at)).toBe(false);
              seen.add(at);
              at = current.find((c) => c.id === at)!.parentId;
            }
          }
          expect(flattenCodeTree(buildCodeTree(current))).toHaveLength(ids.length);
        },
      ),
    );
  });
});
