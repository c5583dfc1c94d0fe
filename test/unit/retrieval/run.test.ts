import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRetrieval, type RetrievalOperator } from '../../../shared/retrieval';
import { code, coding, fixture, query, ranges, source, threadOne, threadTwo } from './fixture';

const texts = (segments: { text: string }[]) => segments.map((s) => s.text);

describe('runRetrieval: operators', () => {
  it('or: every coding of the code, identical passages shown once with every coding and coder', () => {
    const found = runRetrieval(fixture(), query({ codes: ['ref'] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      sourceId: 's1',
      sourceTitle: 'Dialog 1: Nødhjelp',
      start: ranges.refusal.start,
      end: ranges.refusal.end,
      text: 'Det kan jeg ikke svare på her.',
      codingIds: ['k1', 'o1'],
      codeIds: ['ref'],
      coderIds: ['kari', 'ola'],
      message: { speaker: 'Veileder', role: 'caseworker', delay: { phrase: 'dagen etter' }, overDeadline: false },
    });
  });

  it('or with sub-codes: a code stands for its whole branch; results in source order, then by start', () => {
    const found = runRetrieval(fixture(), query({ codes: ['bw'], includeDescendants: true }));
    expect(found.map((s) => [s.sourceId, s.codingIds])).toEqual([
      ['s1', ['k1', 'o1']],
      ['s1', ['k3']],
      ['s1', ['k2']],
      ['s3', ['k5']],
    ]);
    expect(runRetrieval(fixture(), query({ codes: ['bw'] }))).toEqual([]);
  });

  it('the coder filter applies before the operator', () => {
    const found = runRetrieval(
      fixture(),
      query({ codes: ['bw'], includeDescendants: true, filters: { coderIds: ['ola'] } }),
    );
    expect(found.map((s) => s.codingIds)).toEqual([['o1']]);
    // Ola coded no link, so with his codings alone nothing overlaps one.
    const overlapping = query({
      codes: ['ref'],
      operator: 'overlaps',
      others: ['clear'],
      filters: { coderIds: ['ola'] },
    });
    expect(runRetrieval(fixture(), overlapping)).toEqual([]);
  });

  it('and: only the text coded by all the chosen codes', () => {
    const found = runRetrieval(fixture(), query({ codes: ['ref', 'clear'], operator: 'and' }));
    expect(texts(found)).toEqual(['Det kan jeg ikke svare på her.']);
    expect(found[0]!.codingIds).toEqual(['k1', 'k3', 'o1']);
    expect(found[0]!.codeIds).toEqual(['clear', 'ref']);

    const branches = runRetrieval(
      fixture(),
      query({ codes: ['clear', 'amb'], operator: 'and', includeDescendants: true }),
    );
    expect(texts(branches)).toEqual(['Søk her: https://nav.no/sok']);
    expect(branches[0]!.codingIds).toEqual(['k2', 'k3']);
  });

  it('and: codes that never meet find nothing, and one code alone finds nothing', () => {
    expect(runRetrieval(fixture(), query({ codes: ['ref', 'link'], operator: 'and' }))).toEqual([]);
    expect(runRetrieval(fixture(), query({ codes: ['ref'], operator: 'and' }))).toEqual([]);
  });

  it('not: codings that overlap no coding of the other codes', () => {
    expect(texts(runRetrieval(fixture(), query({ codes: ['ref'], operator: 'not', others: ['link'] })))).toEqual([
      'Det kan jeg ikke svare på her.',
    ]);
    expect(runRetrieval(fixture(), query({ codes: ['clear'], operator: 'not', others: ['link'] }))).toEqual([]);
    expect(runRetrieval(fixture(), query({ codes: ['clear'], operator: 'not', others: [] }))).toHaveLength(1);
  });

  it('overlaps: codings that share text with a coding of the other codes', () => {
    const found = runRetrieval(fixture(), query({ codes: ['clear'], operator: 'overlaps', others: ['link'] }));
    expect(found.map((s) => s.codingIds)).toEqual([['k3']]);
    expect(runRetrieval(fixture(), query({ codes: ['ref'], operator: 'overlaps', others: ['link'] }))).toEqual([]);
  });

  it('within: codings lying entirely inside a coding of the other codes', () => {
    expect(
      runRetrieval(fixture(), query({ codes: ['link'], operator: 'within', others: ['clear'] })).map(
        (s) => s.codingIds,
      ),
    ).toEqual([['k2']]);
    expect(runRetrieval(fixture(), query({ codes: ['clear'], operator: 'within', others: ['link'] }))).toEqual([]);
  });

  it('near: codings at most nearDistance characters from a coding of the other codes', () => {
    // One space lies between "…her." and "Søk her".
    const near = (nearDistance: number) =>
      runRetrieval(fixture(), query({ codes: ['ref'], operator: 'near', others: ['link'], nearDistance }));
    expect(near(0)).toEqual([]);
    expect(texts(near(1))).toEqual(['Det kan jeg ikke svare på her.']);
  });

  it('never counts a coding as its own neighbour', () => {
    expect(runRetrieval(fixture(), query({ codes: ['clear'], operator: 'overlaps', others: ['clear'] }))).toEqual([]);
    const input = fixture();
    input.codings.push(coding('k7', 'clear', 's1', 0, 5));
    expect(
      runRetrieval(input, query({ codes: ['clear'], operator: 'near', others: ['clear'], nearDistance: 500 })),
    ).toHaveLength(2);
  });
});

describe('runRetrieval: filters', () => {
  const all = { codes: ['bw', 'help'], includeDescendants: true };

  it('chooses sources by id and by attribute value', () => {
    expect(runRetrieval(fixture(), query({ ...all, filters: { sourceIds: ['s3'] } })).map((s) => s.codingIds)).toEqual([
      ['k5'],
      ['k6'],
    ]);
    const groupA = runRetrieval(fixture(), query({ ...all, filters: { attributes: { group: ['A'] } } }));
    expect(new Set(groupA.map((s) => s.sourceId))).toEqual(new Set(['s1', 's3']));
  });

  it('filters by the role of the message a passage starts in; sources without messages fail', () => {
    const caseworker = runRetrieval(fixture(), query({ ...all, filters: { roles: ['caseworker'] } }));
    expect(caseworker.map((s) => s.sourceId)).toEqual(['s1', 's1', 's1', 's2']);
    expect(runRetrieval(fixture(), query({ ...all, filters: { roles: ['user'] } }))).toEqual([]);
  });

  it('a passage starting between messages (on a speaker label) belongs to the message it reaches', () => {
    const input = fixture();
    const label = threadOne.indexOf('?') + 1; // where the user's message ends
    input.codings.push(coding('k8', 'help', 's1', label, threadOne.length));
    const found = runRetrieval(input, query({ codes: ['help'], filters: { roles: ['caseworker'] } }));
    expect(found.map((s) => s.codingIds)).toEqual([['k8'], ['k4']]);
  });

  it('filters by reply delay and the answer deadline', () => {
    const ids = (filters: object) => runRetrieval(fixture(), query({ ...all, filters })).map((s) => s.codingIds.join());
    expect(ids({ delay: { overDeadline: true } })).toEqual(['k4']);
    expect(ids({ delay: { overDeadline: false } })).toEqual(['k1,o1', 'k3', 'k2']);
    expect(ids({ delay: { minHours: 48 } })).toEqual(['k4']);
    expect(ids({ delay: { maxHours: 24 } })).toEqual(['k1,o1', 'k3', 'k2']);
    const s2 = runRetrieval(fixture(), query({ codes: ['help'] }))[0]!;
    expect(s2.message).toMatchObject({ delay: { phrase: 'tre dager etter' }, overDeadline: true });
  });

  it('treats empty filter lists as no filter', () => {
    const unfiltered = runRetrieval(fixture(), query(all));
    expect(unfiltered).toHaveLength(6);
    expect(
      runRetrieval(
        fixture(),
        query({ ...all, filters: { sourceIds: [], roles: [], coderIds: [], attributes: { group: [] }, delay: {} } }),
      ),
    ).toEqual(unfiltered);
  });

  it('shows context on both sides and the message of each passage', () => {
    const [help] = runRetrieval(fixture(), query({ codes: ['help'], filters: { sourceIds: ['s2'] } }));
    expect(help).toMatchObject({
      text: 'Jeg har sendt beskjed videre.',
      before: threadTwo.slice(0, threadTwo.indexOf('Jeg har')),
      after: '',
    });
  });
});

describe('runRetrieval: properties', () => {
  const codeIds = ['a', 'b', 'c'];
  const codingsArb = fc.array(
    fc
      .tuple(fc.constantFrom(...codeIds), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 12 }))
      .map(([codeId, start, length]) => ({ codeId, start, end: Math.min(50, start + length) })),
    { maxLength: 10 },
  );
  const build = (list: { codeId: string; start: number; end: number }[]) => ({
    codes: codeIds.map((id) => code(id, id.toUpperCase())),
    codings: list.map((c, i) => coding(`k${i}`, c.codeId, 's', c.start, c.end)),
    sources: [source('s', 'S', 0)],
    messages: [],
    texts: new Map([['s', 'x'.repeat(50)]]),
    deadlineHours: 48,
  });
  const units = (r: { start: number; end: number }) => Array.from({ length: r.end - r.start }, (_, i) => r.start + i);

  it('and covers exactly the characters every chosen code covers, in separate passages', () => {
    fc.assert(
      fc.property(codingsArb, fc.subarray(codeIds, { minLength: 2 }), (list, chosen) => {
        const input = build(list);
        const found = runRetrieval(input, query({ codes: chosen, operator: 'and' }));
        const covered = (id: string) => new Set(list.filter((c) => c.codeId === id).flatMap(units));
        const expected = [...covered(chosen[0]!)]
          .filter((u) => chosen.every((id) => covered(id).has(u)))
          .sort((x, y) => x - y);
        expect(found.flatMap(units).sort((x, y) => x - y)).toEqual(expected);
        found.forEach((s, i) => {
          expect(s.end).toBeGreaterThan(s.start);
          if (i > 0) expect(s.start).toBeGreaterThan(found[i - 1]!.end);
        });
      }),
    );
  });

  it('not, overlaps, within and near agree with their definitions per character', () => {
    const operator = fc.constantFrom<RetrievalOperator>('not', 'overlaps', 'within', 'near');
    fc.assert(
      fc.property(codingsArb, operator, fc.integer({ min: 0, max: 6 }), (list, op, nearDistance) => {
        const input = build(list);
        const found = runRetrieval(input, query({ codes: ['a'], others: ['b'], operator: op, nearDistance }));
        const others = list.filter((c) => c.codeId === 'b');
        const test = (c: { start: number; end: number }) => {
          const mine = new Set(units(c));
          const shares = (o: { start: number; end: number }) => units(o).some((u) => mine.has(u));
          switch (op) {
            case 'not':
              return !others.some(shares);
            case 'overlaps':
              return others.some(shares);
            case 'within':
              return others.some((o) => units(c).every((u) => u >= o.start && u < o.end));
            default:
              return others.some((o) => Math.max(o.start - c.end, c.start - o.end, 0) <= nearDistance);
          }
        };
        const expected = new Set(list.filter((c) => c.codeId === 'a' && test(c)).map((c) => `${c.start}-${c.end}`));
        expect(new Set(found.map((s) => `${s.start}-${s.end}`))).toEqual(expected);
      }),
    );
  });
});
