import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockAt, documentBlocks, piecesByBlock } from '../../../renderer/editor/blocks';
import { coverPieces } from '../../../shared/ranges/pieces';
import { codingTarget } from '../../../renderer/features/coding/target-range';
import { nudgeEdge, trimRange } from '../../../shared/ranges/passage';
import { filterCodes } from '../../../renderer/features/coding/QuickCodePalette';
import type { Code, Message } from '../../../shared/model';

const text = 'Bruker: Hei!\nNår kommer pengene?\n\nVeileder: (dagen etter)\nDu må ringe kontoret.';
const message = (order: number, start: number, end: number): Message => ({
  id: `m${order}`, sourceId: 's', projectId: 'p', order, speaker: 'x', role: 'user', delay: null, timestamp: null, start, end, createdAt: '', updatedAt: '',
});
const messages = [message(0, 8, 32), message(1, 58, 79)];

describe('document blocks', () => {
  it('makes one block per message, in message order', () => {
    const blocks = documentBlocks(text, [messages[1]!, messages[0]!]);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Hei!\nNår kommer pengene?', 'Du må ringe kontoret.']);
  });

  it('cuts a text without messages into paragraphs at blank lines', () => {
    const plain = 'Første avsnitt.\nSamme avsnitt.\n\n \nAndre avsnitt.\n\n';
    expect(documentBlocks(plain, []).map((b) => plain.slice(b.start, b.end))).toEqual(['Første avsnitt.\nSamme avsnitt.', 'Andre avsnitt.']);
  });

  it('gives each block exactly the highlight pieces inside it, a coding across two turns in both', () => {
    const blocks = documentBlocks(text, messages);
    const pieces = coverPieces([{ id: 'a', start: 20, end: 70 }], text.length);
    const byBlock = piecesByBlock(blocks, pieces);
    expect(byBlock[0]).toEqual([{ start: 8, end: 20, ids: [] }, { start: 20, end: 32, ids: ['a'] }]);
    expect(byBlock[1]).toEqual([{ start: 58, end: 70, ids: ['a'] }, { start: 70, end: 79, ids: [] }]);
  });

  it('pieces of every block together cover exactly the block text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(90), fc.nat(30)), { maxLength: 12 }), (spans) => {
        const blocks = documentBlocks(text, messages);
        const ranges = spans.map(([s, l], i) => ({ id: `c${i}`, start: s, end: s + l }));
        const byBlock = piecesByBlock(blocks, coverPieces(ranges, text.length));
        blocks.forEach((b, i) => {
          const covered = byBlock[i]!.map((p) => text.slice(p.start, p.end)).join('');
          expect(covered).toBe(text.slice(b.start, b.end));
        });
      }),
    );
  });

  it('finds the block holding an offset', () => {
    const blocks = documentBlocks(text, messages);
    expect(blockAt(blocks, 8)?.index).toBe(0);
    expect(blockAt(blocks, 40)).toBeUndefined();
    expect(blockAt(blocks, 78)?.index).toBe(1);
    expect(blockAt(blocks, 79)).toBeUndefined();
  });
});

describe('what a code is applied to', () => {
  const blocks = documentBlocks(text, messages);
  it('trims spaces and line breaks a drag caught at the ends', () => {
    expect(trimRange(text, { start: 30, end: 62 })).toEqual({ start: 30, end: 62 });
    expect(trimRange('  to ord \n', { start: 0, end: 10 })).toEqual({ start: 2, end: 8 });
  });
  it('codes the selection, or the whole turn when there is only a caret', () => {
    expect(codingTarget(text, blocks, { start: 12, end: 20 })).toEqual({ start: 13, end: 20 });
    expect(codingTarget(text, blocks, { start: 60, end: 60 })).toEqual({ start: 58, end: 79 });
    expect(codingTarget(text, blocks, { start: 79, end: 79 })).toEqual({ start: 58, end: 79 });
    expect(codingTarget(text, blocks, { start: 40, end: 40 })).toBeNull();
    expect(codingTarget(text, blocks, null)).toBeNull();
  });
  it('with "whole words" on, widens a selection that starts or ends inside a word, after trimming its spaces', () => {
    const turn = 'Det er litt tungt å ringe.';
    const one = documentBlocks(turn, []);
    // " et er litt tun" (a space and half words at both ends) codes "Det er litt tungt".
    const sloppy = { start: turn.indexOf('et er'), end: turn.indexOf('gt å') };
    expect(turn.slice(sloppy.start, sloppy.end)).toBe('et er litt tun');
    const widened = codingTarget(turn, one, sloppy, true)!;
    expect(turn.slice(widened.start, widened.end)).toBe('Det er litt tungt');
    // With the option off, the selection is coded as it is.
    const exact = codingTarget(turn, one, sloppy, false)!;
    expect(turn.slice(exact.start, exact.end)).toBe('et er litt tun');
    // A caret still codes the whole turn.
    expect(codingTarget(text, blocks, { start: 60, end: 60 }, true)).toEqual({ start: 58, end: 79 });
  });
  it('moves a coding edge word by word', () => {
    const s = 'Du må ringe kontoret.';
    expect(nudgeEdge(s, 0, 1)).toBe(2);
    expect(nudgeEdge(s, 2, 1)).toBe(5);
    expect(nudgeEdge(s, 11, -1)).toBe(6);
    expect(nudgeEdge(s, 0, -1)).toBe(0);
  });
});

describe('quick-code palette search', () => {
  const code = (id: string, name: string): Code => ({
    id, projectId: 'p', parentId: null, order: 0, name, shortName: '', color: '#000', definition: '', inclusion: '', exclusion: '', typicalExample: '', atypicalExample: '', pinned: false, createdAt: '', updatedAt: '',
  });
  const codes = [
    { code: code('a', 'Eksplisitt henvisning'), path: 'Grensearbeid/Tydelig/Eksplisitt henvisning' },
    { code: code('b', 'Lenkesending'), path: 'Grensearbeid/Tvetydig/Lenkesending' },
    { code: code('c', 'Byråkratisk'), path: 'Posisjon/Byråkratisk' },
  ];
  it('matches every typed word anywhere in the path, ignoring case', () => {
    expect(filterCodes(codes, 'grense TVET', []).map((c) => c.code.id)).toEqual(['b']);
    expect(filterCodes(codes, 'posisjon', []).map((c) => c.code.id)).toEqual(['c']);
  });
  it('lists recent codes first', () => {
    expect(filterCodes(codes, '', ['c', 'b']).map((c) => c.code.id)).toEqual(['c', 'b', 'a']);
  });
});
