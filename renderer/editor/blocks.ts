import type { Message } from '../../shared/model';
import type { Piece } from '../../shared/ranges/pieces';

/** A block of the document view: one message/turn, or one paragraph of a text without turns. */
export interface Block {
  index: number;
  start: number;
  end: number;
  message: Message | null;
}

/** Messages become blocks; a text without messages is cut into paragraphs at blank lines. */
export function documentBlocks(text: string, messages: Message[]): Block[] {
  if (messages.length > 0) {
    return [...messages].sort((a, b) => a.order - b.order).map((m, index) => ({ index, start: m.start, end: m.end, message: m }));
  }
  const blocks: Block[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (end: number) => {
    if (end > start) blocks.push({ index: blocks.length, start, end, message: null });
  };
  for (const match of text.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return blocks;
}

/** Cuts the document's highlight pieces at block edges: each block gets the pieces inside it. */
export function piecesByBlock(blocks: Block[], pieces: Piece[]): Piece[][] {
  const result: Piece[][] = blocks.map(() => []);
  let p = 0;
  for (const block of blocks) {
    while (p < pieces.length && pieces[p]!.end <= block.start) p++;
    for (let q = p; q < pieces.length && pieces[q]!.start < block.end; q++) {
      const piece = pieces[q]!;
      const start = Math.max(piece.start, block.start);
      const end = Math.min(piece.end, block.end);
      if (end > start) result[block.index]!.push({ start, end, ids: piece.ids });
    }
  }
  return result;
}

/** A short string that changes exactly when a block's highlights change. */
export function piecesSignature(pieces: Piece[]): string {
  return pieces.map((p) => `${p.start}-${p.end}:${p.ids.join(',')}`).join('|');
}

/** The block holding an offset (binary search over blocks sorted by start). */
export function blockAt(blocks: Block[], offset: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset >= b.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}
