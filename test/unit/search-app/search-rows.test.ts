import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/store/db';
import { createProject } from '../../../renderer/store/repositories/projects';
import { readSearchRows, watchSearchRows, type SearchRowsChange } from '../../../renderer/store/queries/search-rows';
import { searchDocumentsOf } from '../../../shared/search';
import { fillProject, freshName } from '../store/fixtures';

async function setUp() {
  const db = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Søk' });
  const other = await createProject(db, { name: 'Annet' });
  await fillProject(db, project.id);
  await fillProject(db, other.id, 'y');
  const changes: (SearchRowsChange | null)[] = [];
  const stop = watchSearchRows(db, project.id, (c) => changes.push(c));
  const next = async () => {
    for (let i = 0; i < 50 && changes.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    return changes.shift();
  };
  return { db, project, changes, next, stop };
}

describe('the search index follows the store', () => {
  it('reads every searchable row of the project, with the current text (typo fixes applied)', async () => {
    const { db, project, stop } = await setUp();
    const rows = await readSearchRows(db, project.id);
    expect(rows.sources.map((s) => s.id)).toEqual(['x-src']);
    expect(rows.sources[0]!.text).toContain('Hei, når får jeg');
    expect(searchDocumentsOf(rows).map((d) => d.id).sort()).toEqual(['code:x-code-child', 'code:x-code-parent', 'cond:x-sg', 'm:x-msg', 'memo:x-memo']);
    stop();
    db.close();
  });

  it('names the rows each change touched and reads them again: a memo, a message (by its source), a deleted source', async () => {
    const { db, next, stop, changes } = await setUp();
    await db.memos.update('x-memo', { plainText: 'Ventetid på svar.' });
    const memo = (await next())!;
    expect(memo).toMatchObject({ memoIds: ['x-memo'], sourceIds: [], codeIds: [] });
    expect(memo.rows.memos.map((m) => m.plainText)).toEqual(['Ventetid på svar.']);

    await db.messages.update('x-msg', { role: 'caseworker' });
    const message = (await next())!;
    expect(message.sourceIds).toEqual(['x-src']);
    expect(message.rows.messages.map((m) => [m.id, m.role])).toEqual([['x-msg', 'caseworker']]);
    expect(message.rows.sources[0]!.text).toContain('NAV-kontoret');

    // Undoing a typo fix of the same length deletes only its log row: still traced to its source, whose text is read again.
    await db.sourceEdits.delete('x-edit');
    const unfixed = (await next())!;
    expect(unfixed.sourceIds).toEqual(['x-src']);
    expect(unfixed.rows.sources[0]!.text).toContain('Hei, nør får jeg');

    // A source deleted with its messages: its documents go (the source's key names it).
    await db.transaction('rw', db.messages, db.sources, async () => {
      await db.messages.delete('x-msg');
      await db.sources.delete('x-src');
    });
    const gone = (await next())!;
    expect(gone.sourceIds).toEqual(['x-src']);
    expect(gone.rows.sources).toEqual([]);
    expect(gone.rows.messages).toEqual([]);

    // Another project's memo is not this index's.
    await db.memos.update('y-memo', { plainText: 'Annet prosjekt.' });
    const elsewhere = await next();
    expect(elsewhere?.rows.memos ?? []).toEqual([]);

    // A change too large to follow row by row asks for everything again.
    await db.codes.clear();
    expect(await next()).toBeNull();
    expect(changes).toEqual([]);
    stop();
    db.close();
  });
});
