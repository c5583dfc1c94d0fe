import { describe, expect, it } from 'vitest';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { planMerge, type OurRows } from '../../../shared/exchange/merge';
import type { Coding } from '../../../shared/model';
import { fixedContext } from '../plan-context';
import { applied } from './merge-fixtures';
import { readFixture } from './refi-read-helpers';

/** A project as the store would hold it after importing `exchange` (ids as the reader made them). */
function asOurs(exchange: ExchangeProject): OurRows {
  const t = exchange.tables as unknown as OurRows;
  return {
    projectId: String(exchange.project.id),
    sources: t.sources,
    sourceTexts: t.sourceTexts,
    sourceEdits: t.sourceEdits,
    codes: t.codes,
    codings: t.codings,
    coders: t.coders,
    memos: t.memos,
    attributes: t.attributes,
  };
}

async function project(file: string): Promise<ExchangeProject> {
  const read = await readFixture('pyqdpx', file);
  if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
  return read.project;
}

/**
 * oltas_teszt.qdpx is oltas0517.qdpx (NVivo for Windows) rewritten by another tool with 27
 * selections added, 4 ends changed and a user added: as near to "another coder's copy" as real
 * files get. The README of the fixtures describes both.
 */
describe('planMerge on real REFI-QDA projects', () => {
  it('matches every code by GUID and both sources by their text, and adds only the changed and new codings', async () => {
    const ours = asOurs(await project('oltas0517.qdpx'));
    const theirs = await project('oltas_teszt.qdpx');
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    expect(value.codes).toEqual({ added: 0, matched: 152, updated: 0 });
    expect(value.sources).toEqual({ added: 0, matched: 2, skipped: 0 });
    expect(value.conflicts).toEqual([]);
    // The added user is a new coder with the 27 new codings; the 4 changed ends are Gergo's, matched by GUID.
    expect(value.coders.map((c) => [c.name, c.isNew, c.codingsAdded])).toEqual([
      ['Gergo', false, 4],
      ['floriansipos', false, 0],
      ['test_user', true, 27],
    ]);
    // 27 selections added and 4 with another end: 31 codings; the other 299 were there already.
    expect(value.codings).toEqual({ added: 31, alreadyThere: theirs.tables.codings.length - 31 });
    const added = writes.filter((w) => w.op === 'put' && w.table === 'codings').map((w) => (w as unknown as { row: Coding }).row);
    const texts = new Map(ours.sourceTexts.map((t) => [t.sourceId, t.text]));
    // Every added coding lies inside its text, and not across a surrogate pair.
    for (const c of added) {
      const text = texts.get(c.sourceId)!;
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(/^[\uDC00-\uDFFF]/.test(text.slice(c.start)) || /[\uD800-\uDBFF]$/.test(text.slice(0, c.end))).toBe(false);
    }
    // A second merge of the same file adds nothing.
    const again = planMerge(applied(ours, writes), theirs, fixedContext());
    expect(again.writes).toEqual([]);
  });

  it('merging a project into itself adds nothing', async () => {
    const ours = asOurs(await project('oltas0517.qdpx'));
    const { value } = planMerge(ours, await project('oltas0517.qdpx'), fixedContext());
    expect(value.nothingNew).toBe(true);
    expect(value.conflicts).toEqual([]);
  });
});
