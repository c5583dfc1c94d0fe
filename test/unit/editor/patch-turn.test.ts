import fc from 'fast-check';
import { $isMarkNode } from '@lexical/mark';
import { $getRoot, createEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { coverPieces, type Piece } from '../../../shared/ranges';
import { $appendTurn, $fillTurn, $patchTurn, documentNodes } from '../../../renderer/editor/document-nodes';
import { $isTurnNode, type TurnHead } from '../../../renderer/editor/TurnNode';

const text = 'Veileder: Du må ringe NAV-kontoret, dette er bare for oppfølging mot arbeid. Beklager.';
const head: TurnHead = { index: 0, start: 0, end: text.length, speaker: null, role: null, roleLabel: null, timestamp: null, delayLabel: null } as TurnHead;

/** What a reader sees in a turn: each run's text, and the codings its highlight holds. */
function $runs(node: LexicalNode): string[] {
  if (!$isTurnNode(node)) return [];
  return node.getChildren().map((child) => ($isMarkNode(child) ? `[${child.getIDs().join(',')}]${child.getTextContent()}` : child.getTextContent()));
}

function draw(first: Piece[], then: Piece[]): { patched: string[]; filled: string[]; kept: number } {
  const editor = createEditor({ nodes: documentNodes, onError: (e) => { throw e; } });
  let patched: string[] = [];
  let filled: string[] = [];
  let kept = 0;
  editor.update(
    () => {
      const turn = $appendTurn(head, text, first);
      const before = turn.getChildren().map((c) => c.getKey());
      $patchTurn(turn, text, first, then);
      kept = turn.getChildren().filter((c) => before.includes(c.getKey())).length;
      patched = $runs(turn);
      const other = $appendTurn(head, text, []);
      $fillTurn(other, text, then);
      filled = $runs(other);
      $getRoot().clear();
    },
    { discrete: true },
  );
  return { patched, filled, kept };
}

const coding = fc
  .record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), start: fc.integer({ min: 0, max: text.length - 1 }), len: fc.integer({ min: 1, max: 30 }) })
  .map(({ id, start, len }) => ({ id, start, end: Math.min(text.length, start + len) }));
const pieces = (codings: { id: string; start: number; end: number }[]) => coverPieces([...new Map(codings.map((c) => [c.id, c])).values()], text.length);

describe('redrawing a turn for changed highlights', () => {
  it('shows exactly what drawing the turn anew shows, whatever the highlights before and after', () => {
    fc.assert(
      fc.property(fc.array(coding, { maxLength: 5 }), fc.array(coding, { maxLength: 5 }), (a, b) => {
        const { patched, filled } = draw(pieces(a), pieces(b));
        expect(patched).toEqual(filled);
      }),
    );
  });

  it('keeps the runs before and after a new highlight', () => {
    const before = pieces([{ id: 'a', start: 0, end: 8 }, { id: 'b', start: 60, end: 70 }]);
    const after = pieces([{ id: 'a', start: 0, end: 8 }, { id: 'b', start: 60, end: 70 }, { id: 'n', start: 30, end: 40 }]);
    const { patched, kept } = draw(before, after);
    expect(patched).toContain('[n]oret, dett');
    // Only the plain run the new highlight falls in is replaced (by three); the marks and the last run stay.
    expect(kept).toBe(before.length - 1);
  });
});
