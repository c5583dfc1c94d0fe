import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeCounts } from '../../../shared/stats';
import { makeCode, makeCoding } from '../codebook/make-code';

const codes = [
  makeCode('bw', 'Boundary work', null, 1),
  makeCode('clear', 'Clear', 'bw', 0),
  makeCode('ref', 'Explicit referral', 'clear', 0),
  makeCode('amb', 'Ambiguous', 'bw', 1),
  makeCode('resp', 'Response', null, 0),
];

describe('codeCounts', () => {
  it('counts codings and sources with sub-codes, a source once, in codebook order', () => {
    const codings = [
      makeCoding('1', 'ref', 's1', 0, 5),
      makeCoding('2', 'ref', 's1', 10, 15),
      makeCoding('3', 'clear', 's2', 0, 5),
      makeCoding('4', 'amb', 's1', 0, 5),
      makeCoding('5', 'gone', 's3', 0, 5),
    ];
    expect(codeCounts(codes, codings)).toEqual([
      { codeId: 'resp', path: 'Response', depth: 0, codings: 0, sources: 0, directCodings: 0, directSources: 0 },
      { codeId: 'bw', path: 'Boundary work', depth: 0, codings: 4, sources: 2, directCodings: 0, directSources: 0 },
      {
        codeId: 'clear',
        path: 'Boundary work/Clear',
        depth: 1,
        codings: 3,
        sources: 2,
        directCodings: 1,
        directSources: 1,
      },
      {
        codeId: 'ref',
        path: 'Boundary work/Clear/Explicit referral',
        depth: 2,
        codings: 2,
        sources: 1,
        directCodings: 2,
        directSources: 1,
      },
      {
        codeId: 'amb',
        path: 'Boundary work/Ambiguous',
        depth: 1,
        codings: 1,
        sources: 1,
        directCodings: 1,
        directSources: 1,
      },
    ]);
  });

  it('a parent never counts fewer than any of its sub-codes, nor more codings than its branch has', () => {
    const coding = fc
      .tuple(fc.constantFrom('bw', 'clear', 'ref', 'amb', 'resp'), fc.constantFrom('s1', 's2', 's3'))
      .map(([codeId, sourceId]) => ({ codeId, sourceId }));
    fc.assert(
      fc.property(fc.array(coding, { maxLength: 30 }), (list) => {
        const counts = codeCounts(
          codes,
          list.map((c, i) => makeCoding(String(i), c.codeId, c.sourceId, 0, 1)),
        );
        const get = (id: string) => counts.find((c) => c.codeId === id)!;
        for (const [parent, child] of [
          ['bw', 'clear'],
          ['bw', 'amb'],
          ['clear', 'ref'],
        ] as const) {
          expect(get(parent).codings).toBeGreaterThanOrEqual(get(child).codings);
          expect(get(parent).sources).toBeGreaterThanOrEqual(get(child).sources);
        }
        expect(get('bw').codings).toBe(get('bw').directCodings + get('clear').codings + get('amb').codings);
        expect(get('bw').codings + get('resp').codings).toBe(list.length);
      }),
    );
  });
});
