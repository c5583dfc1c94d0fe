import { useState } from 'react';
import type { Coding } from '../../../shared/model';
import { blockPiecesFrom, updateBlockPieces, type BlockPieces } from '../../../shared/ranges/block-pieces';
import type { Piece } from '../../../shared/ranges/pieces';
import type { Block } from '../../editor/blocks';

/**
 * The highlight pieces of every turn. The whole document is cut when its turns change (opened, a
 * typo fixed); after that a changed coding re-cuts only the turns it covers, found through an
 * interval index, and every other turn keeps its array so the editor leaves it alone.
 */
export function useBlockPieces(blocks: Block[], codings: readonly Coding[], length: number): Piece[][] {
  const [state, setState] = useState(() => ({ codings, cut: blockPiecesFrom(blocks, codings, length) }));
  if (state.codings === codings && state.cut.blocks === blocks && state.cut.length === length) return state.cut.pieces;
  // Derived from the previous render's state, the way React recommends for it (no effect, no extra frame).
  const cut: BlockPieces<Coding> =
    state.cut.blocks === blocks && state.cut.length === length ? updateBlockPieces(state.cut, codings) : blockPiecesFrom(blocks, codings, length);
  setState({ codings, cut });
  return cut.pieces;
}
