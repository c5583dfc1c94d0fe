import { coverPieces, piecesWithin, type Piece } from './pieces';
import { RangeIndex, type IdRange } from './range-index';
import type { Range } from './range';

/**
 * The highlight pieces of each block (turn) of a document, kept up to date as ranges come and go:
 * a change recomputes only the blocks the changed ranges cover, and every other block keeps its
 * very array, so a view can tell untouched turns by identity.
 */
export interface BlockPieces<R extends IdRange> {
  blocks: readonly Range[];
  length: number;
  index: RangeIndex<R>;
  /** Pieces per block, in block order, cut at the block's edges. */
  pieces: Piece[][];
  /** The index's change count these pieces were cut at (the index is updated in place). */
  changes: number;
}

/** Cuts the whole document once (blocks sorted by start, not overlapping). */
export function blockPiecesFrom<R extends IdRange>(blocks: readonly Range[], ranges: readonly R[], length: number): BlockPieces<R> {
  const all = coverPieces(ranges as R[], length);
  const pieces: Piece[][] = blocks.map(() => []);
  let p = 0;
  blocks.forEach((block, b) => {
    while (p < all.length && all[p]!.end <= block.start) p++;
    for (let q = p; q < all.length && all[q]!.start < block.end; q++) {
      const piece = all[q]!;
      const start = Math.max(piece.start, block.start);
      const end = Math.min(piece.end, block.end);
      if (end > start) pieces[b]!.push({ start, end, ids: piece.ids });
    }
  });
  const index = new RangeIndex(ranges);
  return { blocks, length, index, pieces, changes: index.changes };
}

/**
 * Brings `state` to the new list of ranges: the ranges are compared with the indexed ones by id and
 * position, and only blocks where a range was added, removed or moved (its old and new place) are
 * cut again. The pieces array stays the same when no piece changed (a recode keeps every piece).
 * The index is updated in place: an older state (one a view computed but never kept) is cut anew.
 */
export function updateBlockPieces<R extends IdRange>(state: BlockPieces<R>, ranges: readonly R[]): BlockPieces<R> {
  const { index } = state;
  if (index.changes !== state.changes) return blockPiecesFrom(state.blocks, ranges, state.length);
  const touched: Range[] = [];
  const seen = new Set<string>();
  for (const r of ranges) {
    seen.add(r.id);
    const old = index.get(r.id);
    if (old === r) continue;
    if (!old || old.start !== r.start || old.end !== r.end) {
      if (old) touched.push(old);
      touched.push(r);
    }
    index.set(r);
  }
  if (index.size > seen.size) {
    const gone: string[] = [];
    for (const r of index.values()) if (!seen.has(r.id)) gone.push(r.id);
    for (const id of gone) {
      touched.push(index.get(id)!);
      index.delete(id);
    }
  }
  return recut(state, touched);
}

/** What changed among the ranges, as the caller already knows it: nothing else is looked at. */
export interface RangeChanges<R extends IdRange> {
  added: readonly R[];
  removed: readonly R[];
  changed: readonly { before: R; after: R }[];
}

/**
 * Brings `state` up to date from the changes alone, without walking the other ranges: what adding
 * one coding beside 10,000 costs. Same rules as updateBlockPieces (only the covered blocks are cut
 * again; an older state is cut anew from `all`).
 */
export function changeBlockPieces<R extends IdRange>(state: BlockPieces<R>, changes: RangeChanges<R>, all: readonly R[]): BlockPieces<R> {
  const { index } = state;
  if (index.changes !== state.changes) return blockPiecesFrom(state.blocks, all, state.length);
  const touched: Range[] = [];
  for (const r of changes.removed) {
    const old = index.get(r.id);
    if (!old) continue;
    touched.push(old);
    index.delete(r.id);
  }
  for (const { before, after } of changes.changed) {
    if (before.start !== after.start || before.end !== after.end) touched.push(before, after);
    index.set(after);
  }
  for (const r of changes.added) {
    touched.push(r);
    index.set(r);
  }
  return recut(state, touched);
}

function recut<R extends IdRange>(state: BlockPieces<R>, touched: Range[]): BlockPieces<R> {
  const { index } = state;
  if (index.changes === state.changes) return state;
  const affected = blocksCovering(state.blocks, touched);
  if (affected.size === 0) return { ...state, changes: index.changes };
  const pieces = state.pieces.slice();
  for (const b of affected) {
    const block = state.blocks[b]!;
    pieces[b] = piecesWithin(index.overlapping(block.start, block.end), block.start, block.end);
  }
  return { ...state, pieces, changes: index.changes };
}

/** Indexes of the blocks sharing a character with any of the ranges (binary search for each range's first block). */
export function blocksCovering(blocks: readonly Range[], ranges: readonly Range[]): Set<number> {
  const found = new Set<number>();
  for (const r of ranges) {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let b = lo; b < blocks.length && blocks[b]!.start < r.end; b++) if (r.end > r.start) found.add(b);
  }
  return found;
}
