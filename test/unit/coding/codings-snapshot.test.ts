import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../shared/model';
import { deltaSince, nextSnapshot, noCodings, withAdded } from '../../../renderer/features/coding/codings-snapshot';

const row = (id: string, start: number, codeId = 'k1'): Coding =>
  ({ id, start, end: start + 5, codeId, sourceId: 's', projectId: 'p', coderId: 'c', authorId: 'c', createdAt: '', updatedAt: '' }) as Coding;

describe('codings snapshots', () => {
  it('keeps the previous snapshot itself when a re-read holds the same rows as fresh objects', () => {
    const before = nextSnapshot(noCodings, [row('a', 0), row('b', 10)]);
    expect(nextSnapshot(before, [row('b', 10), row('a', 0)])).toBe(before);
  });

  it('keeps unchanged rows as the same objects and says what was added, changed and removed', () => {
    const before = nextSnapshot(noCodings, [row('a', 0), row('b', 10), row('c', 20)]);
    const after = nextSnapshot(before, [row('a', 0), row('b', 10, 'k2'), row('d', 30)]);
    expect(after.version).toBe(before.version + 1);
    expect(after.list[0]).toBe(before.list[0]);
    expect(after.byId.get('b')).toEqual(row('b', 10, 'k2'));
    expect(after.delta).toMatchObject({ fromVersion: before.version, added: [row('d', 30)], removed: [before.byId.get('c')] });
    expect(after.delta!.changed).toEqual([{ before: before.byId.get('b'), after: row('b', 10, 'k2') }]);
  });

  it('adds a coding drawn ahead of its write without comparing the others, and never twice', () => {
    const before = nextSnapshot(noCodings, [row('a', 0)]);
    const drawn = withAdded(before, [row('n', 40)]);
    expect(drawn.list.map((c) => c.id)).toEqual(['a', 'n']);
    expect(drawn.byId.get('n')).toEqual(row('n', 40));
    expect(drawn.delta).toMatchObject({ fromVersion: before.version, added: [row('n', 40)], removed: [], changed: [] });
    expect(withAdded(drawn, [drawn.byId.get('n')!])).toBe(drawn);
    // The write's read-back holds the same row: nothing changes, nothing is redrawn.
    expect(nextSnapshot(drawn, [row('a', 0), row('n', 40)])).toBe(drawn);
  });

  it('hands a part of the view the delta only when it drew the version just before', () => {
    const one = nextSnapshot(noCodings, [row('a', 0)]);
    const two = withAdded(one, [row('b', 10)]);
    const three = withAdded(two, [row('c', 20)]);
    expect(deltaSince(three, two.version)?.added.map((c) => c.id)).toEqual(['c']);
    // A part that skipped a version must look at the whole list.
    expect(deltaSince(three, one.version)).toBeNull();
    expect(deltaSince(three, null)).toBeNull();
  });
});
