import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/model';
import type { ResultLine } from '../../../renderer/search/protocol';
import { filterLines, groupLines, noFilters, type ResultContext } from '../../../renderer/features/search/search-results';

const source = (id: string, title: string, order: number, attributes: Source['attributes'] = {}): Source =>
  ({ id, title, order, attributes, createdAt: `2026-01-0${order + 1}T00:00:00.000Z` }) as Source;
const line = (docId: string, sourceId: string | undefined, start: number, role?: ResultLine['role'], kind: ResultLine['kind'] = 'message'): ResultLine => ({
  docId,
  kind,
  sourceId,
  start,
  end: start + 6,
  score: 1,
  role,
  before: '',
  hit: 'vedtak',
  after: '',
});

const context: ResultContext = {
  sources: new Map([
    ['a', source('a', 'Dialog 2', 1, { grp: 'Gruppe A' })],
    ['b', source('b', 'Dialog 1', 0, { grp: 'Gruppe B' })],
  ]),
  codes: [
    { id: 'parent', parentId: null },
    { id: 'child', parentId: 'parent' },
  ],
  codings: [{ sourceId: 'a', codeId: 'child', start: 100, end: 200 }],
  times: new Map([
    ['a2', '2026-03-01T10:00:00Z'],
    ['b1', '2026-02-01T10:00:00Z'],
  ]),
};
const lines = [
  line('m:a1', 'a', 150, 'caseworker'),
  line('m:a2', 'a', 10, 'user'),
  line('m:b1', 'b', 40, 'user'),
  line('memo:x', undefined, 0, undefined, 'memo'),
];
const ids = (list: ResultLine[]) => list.map((l) => l.docId);

describe('search results: filters and grouping', () => {
  it('filters by role, source attribute and inside/outside a code (its sub-codes included)', () => {
    expect(ids(filterLines(lines, { ...noFilters(), roles: ['user'] }, context))).toEqual(['m:a2', 'm:b1']);
    expect(ids(filterLines(lines, { ...noFilters(), attributes: { grp: ['Gruppe B'] } }, context))).toEqual(['m:b1']);
    expect(ids(filterLines(lines, { ...noFilters(), code: { codeId: 'parent', where: 'inside' } }, context))).toEqual(['m:a1']);
    expect(ids(filterLines(lines, { ...noFilters(), code: { codeId: 'parent', where: 'outside' } }, context))).toEqual(['m:a2', 'm:b1']);
    expect(filterLines(lines, noFilters(), context)).toHaveLength(4);
  });

  it('groups by source in project order (memos last), and sorts by role or by date when asked', () => {
    const bySource = groupLines(lines, 'source', context);
    expect(bySource.map((g) => g.key)).toEqual(['b', 'a', 'memo']);
    expect(ids(bySource[1]!.lines)).toEqual(['m:a2', 'm:a1']);
    expect(ids(groupLines(lines, 'role', context)[1]!.lines)).toEqual(['m:a2', 'm:a1']);
    // By date: a hit without a message time takes its source's date (source a: 2 January, before b1's 1 February).
    const byDate = groupLines(lines, 'date', context);
    expect(byDate.map((g) => g.key)).toEqual(['a', 'b', 'memo']);
    expect(ids(byDate[0]!.lines)).toEqual(['m:a1', 'm:a2']);
  });
});
