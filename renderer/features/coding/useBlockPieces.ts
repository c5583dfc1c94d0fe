import { useState } from 'react';
import type { Coding } from '../../../shared/model';
import { blockPiecesFrom, changeBlockPieces, updateBlockPieces, type BlockPieces } from '../../../shared/ranges/block-pieces';
import type { Piece } from '../../../shared/ranges/pieces';
import type { Block } from '../../editor/blocks';
import { deltaSince, type CodingsSnapshot } from './codings-snapshot';

/**
 * The highlight pieces of every turn. The whole document is cut when its turns change (opened, a
 * typo fixed); after that a changed coding re-cuts only the turns it covers, found through an
 * interval index, and every other turn keeps its array so the editor leaves it alone. When the
 * snapshot says what changed since the one cut last, nothing else is looked at.
 */
export function useBlockPieces(blocks: Block[], codings: CodingsSnapshot, length: number): Piece[][] {
  const [state, setState] = useState(() => ({ codings, cut: blockPiecesFrom(blocks, codings.list, length) }));
  if (state.codings === codings && state.cut.blocks === blocks && state.cut.length === length) return state.cut.pieces;
  let cut: BlockPieces<Coding>;
  if (state.cut.blocks !== blocks || state.cut.length !== length) cut = blockPiecesFrom(blocks, codings.list, length);
  else {
    const delta = deltaSince(codings, state.codings.version);
    cut = delta ? changeBlockPieces(state.cut, delta, codings.list) : updateBlockPieces(state.cut, codings.list);
  }
  // Derived from the previous render's state, the way React recommends for it (no effect, no extra frame).
  setState({ codings, cut });
  return cut.pieces;
}
