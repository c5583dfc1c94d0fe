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
  for (const piece of pieces) {
    const run = $createSourceTextNode(text.slice(piece.start, piece.end), piece.start);
    if (piece.ids.length === 0) turn.append(run);
    else turn.append($createMarkNode(piece.ids).append(run));
  }
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
