import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Code, Coding, Message } from '../../../shared/model';
import { runRetrieval, type RetrievalOperator, type RetrievalQuery } from '../../../shared/retrieval';
import { code, coding, message, query, source } from './fixture';

/*
 * The operators sweep sorted ranges instead of comparing every pair. Here a brute-force reference,
 * written character by character and pair by pair, says what each should find; random codings in
 * three sources, codes in two small trees, codes on both sides of a query, two coders and messages
 * that may overlap or be empty must give the same passages, codings and messages.
 */

const sourceIds = ['s1', 's2', 's3'];
const textLength = 80;
const codes: Code[] = [code('a', 'A'), code('a1', 'A1', 'a'), code('b', 'B'), code('b1', 'B1', 'b'), code('c', 'C')];
const codeIds = codes.map((c) => c.id);

interface Drawn {
  codings: Coding[];
  messages: Message[];
  query: RetrievalQuery;
}

const drawnArb = (operators: RetrievalOperator[], sources = sourceIds): fc.Arbitrary<Drawn> =>
  fc
    .record({
      codings: fc.array(
        fc.record({
          codeId: fc.constantFrom(...codeIds),
          sourceId: fc.constantFrom(...sources),
          start: fc.integer({ min: 0, max: 70 }),
          length: fc.integer({ min: 0, max: 16 }),
          coder: fc.constantFrom('kari', 'ola'),
        }),
        { minLength: 5, maxLength: 40 },
      ),
      messages: fc.array(
        fc.record({
          sourceId: fc.constantFrom('s1', 's2'), // s3 has none: passages there have no message
          start: fc.integer({ min: 0, max: 7 }).map((tens) => tens * 10), // shared starts: the order decides
          length: fc.integer({ min: 0, max: 25 }),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      operator: fc.constantFrom(...operators),
      codes: fc.subarray(codeIds, { minLength: operators.includes('and') ? 2 : 1 }),
      others: fc.subarray(codeIds, { minLength: 1 }),
      nearDistance: fc.integer({ min: -2, max: 12 }),
      includeDescendants: fc.boolean(),
      coderIds: fc.subarray(['kari', 'ola']),
    })
    .map((d) => ({
      codings: d.codings.map((c, i) =>
        coding(`k${i}`, c.codeId, c.sourceId, c.start, Math.min(textLength, c.start + c.length), c.coder),
      ),
      // Orders are unique and not in start order, so "the first message" means something.
      messages: d.messages.map((m, i) =>
        message(`m${i}`, m.sourceId, (i * 7) % 11, `m${i}`, 'user', m.start, Math.min(textLength, m.start + m.length)),
      ),
      query: query({
        operator: d.operator,
        codes: d.codes,
        others: d.others,
        nearDistance: d.nearDistance,
        includeDescendants: d.includeDescendants,
        filters: { coderIds: d.coderIds },
      }),
    }));

const units = (r: { start: number; end: number }) => Array.from({ length: r.end - r.start }, (_, i) => r.start + i);
const shares = (a: Coding, b: Coding) => units(a).some((u) => u >= b.start && u < b.end);

function expand(ids: string[], withSubCodes: boolean): Set<string> {
  const found = new Set(ids);
  if (withSubCodes) for (const c of codes) if (c.parentId !== null && found.has(c.parentId)) found.add(c.id); // trees are 2 deep
  return found;
}

/** The message a passage starts in, else the first it reaches; the first in start, then order. */
function referenceMessage(messages: Message[], sourceId: string, r: { start: number; end: number }): string {
  const mine = messages.filter((m) => m.sourceId === sourceId).sort((a, b) => a.start - b.start || a.order - b.order);
  const found = mine.find((m) => units(m).includes(r.start)) ?? mine.find((m) => m.start >= r.start && m.start < r.end);
  return found?.id ?? '-';
}

/** What a query should find, pair by pair and character by character: "source:start-end:codings:message". */
function reference({ codings: all, messages, query: q }: Drawn): string[] {
  const coders = q.filters.coderIds ?? [];
  const codings = all.filter((c) => c.end > c.start && (coders.length === 0 || coders.includes(c.coderId)));
  const found: { sourceId: string; start: number; end: number; ids: string[] }[] = [];
  if (q.operator === 'and') {
    if (q.codes.length >= 2) {
      const groups = q.codes.map((id) => expand([id], q.includeDescendants));
      for (const sourceId of sourceIds) {
        const inSource = codings.filter((c) => c.sourceId === sourceId);
        const coveredByAll = (u: number) =>
          groups.every((g) => inSource.some((c) => g.has(c.codeId) && u >= c.start && u < c.end));
        const contributing = inSource.filter((c) => groups.some((g) => g.has(c.codeId)));
        for (let u = 0; u < textLength; u++) {
          if (!coveredByAll(u) || (u > 0 && coveredByAll(u - 1))) continue;
          let end = u + 1;
          while (end < textLength && coveredByAll(end)) end++;
          const stretch = coding('stretch', '', sourceId, u, end);
          found.push({ sourceId, start: u, end, ids: contributing.filter((c) => shares(c, stretch)).map((c) => c.id) });
        }
      }
    }
  } else {
    const chosenCodes = expand(q.codes, q.includeDescendants);
    const otherCodes = expand(q.others, q.includeDescendants);
    const distance = Math.max(0, q.nearDistance);
    const related = (c: Coding, test: (o: Coding) => boolean) =>
      codings.some((o) => o.id !== c.id && o.sourceId === c.sourceId && otherCodes.has(o.codeId) && test(o));
    const passes = (c: Coding): boolean => {
      switch (q.operator) {
        case 'not':
          return !related(c, (o) => shares(c, o));
        case 'overlaps':
          return related(c, (o) => shares(c, o));
        case 'within':
          return related(c, (o) => units(c).every((u) => u >= o.start && u < o.end));
        case 'near':
          return related(c, (o) => Math.max(0, o.start - c.end, c.start - o.end) <= distance);
        default:
          return true;
      }
    };
    for (const c of codings)
      if (chosenCodes.has(c.codeId) && passes(c))
        found.push({ sourceId: c.sourceId, start: c.start, end: c.end, ids: [c.id] });
  }
  const merged = new Map<string, { sourceId: string; start: number; end: number; ids: Set<string> }>();
  for (const f of found) {
    const key = `${f.sourceId}:${f.start}-${f.end}`;
    const into = merged.get(key) ?? { ...f, ids: new Set<string>() };
    for (const id of f.ids) into.ids.add(id);
    merged.set(key, into);
  }
  return [...merged.values()]
    .sort((a, b) => sourceIds.indexOf(a.sourceId) - sourceIds.indexOf(b.sourceId) || a.start - b.start || a.end - b.end)
    .map(
      (m) =>
        `${m.sourceId}:${m.start}-${m.end}:${[...m.ids].sort().join(',')}:${referenceMessage(messages, m.sourceId, m)}`,
    );
}

function actual(drawn: Drawn): string[] {
  const input = {
    codes,
    codings: drawn.codings,
    sources: sourceIds.map((id, order) => source(id, id.toUpperCase(), order)),
    messages: drawn.messages,
    texts: new Map(sourceIds.map((id) => [id, 'x'.repeat(textLength)])),
    deadlineHours: 48,
  };
  return runRetrieval(input, drawn.query).map(
    (s) => `${s.sourceId}:${s.start}-${s.end}:${s.codingIds.join(',')}:${s.message?.speaker ?? '-'}`,
  );
}

describe('runRetrieval against a brute-force reference', () => {
  it('every operator finds the same passages, with the same codings and messages, as comparing all pairs', () => {
    fc.assert(
      fc.property(drawnArb(['or', 'and', 'not', 'overlaps', 'within', 'near']), (drawn) => {
        expect(actual(drawn)).toEqual(reference(drawn));
      }),
      { numRuns: 600 },
    );
  });

  it('and finds the same stretches, with the same codings, as testing every character', () => {
    fc.assert(
      fc.property(drawnArb(['and'], ['s1', 's3']), (drawn) => {
        expect(actual(drawn)).toEqual(reference(drawn));
      }),
      { numRuns: 300 },
    );
  });

  it('a code that is both chosen and among the others never finds a coding through itself', () => {
    const drawn: Drawn = {
      codings: [coding('k0', 'a', 's1', 10, 20), coding('k1', 'a', 's1', 40, 50), coding('k2', 'a', 's1', 45, 60)],
      messages: [],
      query: query({ codes: ['a'], others: ['a'], operator: 'overlaps' }),
    };
    expect(actual(drawn)).toEqual(['s1:40-50:k1:-', 's1:45-60:k2:-']);
    expect(actual({ ...drawn, query: { ...drawn.query, operator: 'not' } })).toEqual(['s1:10-20:k0:-']);
    expect(actual({ ...drawn, query: { ...drawn.query, operator: 'within' } })).toEqual([]);
    expect(actual(drawn)).toEqual(reference(drawn));
  });
});
