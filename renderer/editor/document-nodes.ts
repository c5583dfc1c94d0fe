import { $createMarkNode, $isMarkNode, MarkNode } from '@lexical/mark';
import { $getRoot, $isElementNode, type LexicalNode, type PointType } from 'lexical';
import type { Piece } from '../../shared/ranges/pieces';
import { $createSourceTextNode, $isSourceTextNode, SourceTextNode } from './SourceTextNode';
import { $createTurnNode, $isTurnNode, TurnNode, type TurnHead } from './TurnNode';

/** The node classes the document view registers. */
export const documentNodes = [TurnNode, SourceTextNode, MarkNode];

/** Fills a turn with its text, one run per piece; covered pieces are wrapped in a mark holding only coding ids. */
export function $fillTurn(turn: TurnNode, text: string, pieces: Piece[]): void {
  turn.clear();
  for (const piece of pieces) turn.append($pieceNode(text, piece));
}

function $pieceNode(text: string, piece: Piece): LexicalNode {
  const run = $createSourceTextNode(text.slice(piece.start, piece.end), piece.start);
  return piece.ids.length === 0 ? run : $createMarkNode(piece.ids).append(run);
}

const samePiece = (a: Piece, b: Piece) =>
  a.start === b.start && a.end === b.end && a.ids.length === b.ids.length && a.ids.every((id, i) => b.ids[i] === id);

/**
 * Redraws a turn drawn from `before` so it shows `after`, replacing only the runs between the
 * pieces both share at the start and at the end: a new coding in a turn holding 30 highlights
 * replaces the two or three runs it touches, not all of them. Falls back to $fillTurn when the
 * turn's children are not the runs of `before` (never drawn from it).
 */
export function $patchTurn(turn: TurnNode, text: string, before: readonly Piece[], after: Piece[]): void {
  if (turn.getChildrenSize() !== before.length) return $fillTurn(turn, text, after);
  let head = 0;
  while (head < before.length && head < after.length && samePiece(before[head]!, after[head]!)) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && samePiece(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)) tail++;
  const fresh = after.slice(head, after.length - tail).map((piece) => $pieceNode(text, piece));
  turn.splice(head, before.length - head - tail, fresh);
}

export function $appendTurn(head: TurnHead, text: string, pieces: Piece[]): TurnNode {
  const turn = $createTurnNode(head);
  $fillTurn(turn, text, pieces);
  $getRoot().append(turn);
  return turn;
}

function $firstStart(node: LexicalNode): number | null {
  if ($isSourceTextNode(node)) return node.getStart();
  if ($isTurnNode(node) && node.getChildrenSize() === 0) return node.getHead().start;
  if ($isElementNode(node)) {
    for (const child of node.getChildren()) {
      const start = $firstStart(child);
      if (start !== null) return start;
    }
  }
  return null;
}

function $lastEnd(node: LexicalNode): number | null {
  if ($isSourceTextNode(node)) return node.getStart() + node.getTextContentSize();
  if ($isTurnNode(node) && node.getChildrenSize() === 0) return node.getHead().end;
  if ($isElementNode(node)) {
    const children = node.getChildren();
    for (let i = children.length - 1; i >= 0; i--) {
      const end = $lastEnd(children[i]!);
      if (end !== null) return end;
    }
  }
  return null;
}

/** A selection point as an offset into the source text (UTF-16 units), or null if it is not in the text. */
export function $pointToOffset(point: PointType): number | null {
  const node = point.getNode();
  if ($isSourceTextNode(node)) return node.getStart() + point.offset;
  if ($isElementNode(node)) {
    const children = node.getChildren();
    const child = children[point.offset];
    if (child) return $firstStart(child);
    return $lastEnd(node);
  }
  return null;
}

/** The text run holding an offset; at a run's end the next run wins, like a caret would. */
export function $findRun(offset: number): { node: SourceTextNode; offset: number } | null {
  let found: { node: SourceTextNode; offset: number } | null = null;
  const visit = (node: LexicalNode): boolean => {
    if ($isSourceTextNode(node)) {
      const start = node.getStart();
      const end = start + node.getTextContentSize();
      if (offset >= start && offset <= end) {
        found = { node, offset: offset - start };
        return offset < end;
      }
      return false;
    }
    // Skip whole turns that cannot hold the offset.
    if ($isTurnNode(node) && (offset < node.getHead().start || offset > node.getHead().end)) return false;
    if ($isElementNode(node) || $isMarkNode(node)) {
      for (const child of node.getChildren()) if (visit(child)) return true;
    }
    return false;
  };
  visit($getRoot());
  return found;
}
