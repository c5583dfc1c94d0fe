import { describe, expect, it } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import { readStcRows } from '../../../renderer/store/repositories/stc-rows';
import {
  addGoldenQuote,
  addMeaningUnit,
  createCodeGroup,
  createSubgroup,
  deleteMeaningUnit,
  mergeCodeGroups,
  saveCondensate,
  setStepState,
  sortUnitsIntoCodeGroup,
  sortUnitsIntoSubgroup,
  StcError,
  takeInCodings,
} from '../../../renderer/store/commands/stc';
import { danglingReferences } from '../../../shared/stc/dangling';
import { stepState } from '../../../shared/stc/step-state';
import { trail } from '../../../shared/stc/trail';
import { fillProject, freshName } from './fixtures';

const authorId = 'x-coder';

async function setUp(now?: () => number) {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Masteroppgave' });
  await fillProject(db, project.id, 'x', false);
  const history = new History(db, { now });
  const projectId = project.id;
  /** A unit in the fixture's dialogue, sorted into a group and subgroup, chosen as a golden quote. */
  async function analysed() {
    const unit = await addMeaningUnit(history, { projectId, sourceId: 'x-src', start: 0, end: 20, authorId });
    const group = await createCodeGroup(history, { projectId, name: 'Venting', authorId });
    await sortUnitsIntoCodeGroup(history, { projectId, unitIds: [unit.id], codeGroupId: group.id });
    const sub = await createSubgroup(history, { projectId, codeGroupId: group.id, name: 'Å vente på svar', authorId });
    await sortUnitsIntoSubgroup(history, { projectId, codeGroupId: group.id, subgroupId: sub.id, unitIds: [unit.id] });
    const quote = await addGoldenQuote(history, { projectId, subgroupId: sub.id, meaningUnitId: unit.id, start: 7, end: 20, authorId });
    return { unit, group, sub, quote };
  }
  return { db, projectId, history, analysed };
}

describe('STC commands', () => {
  it('apply each change as one undo step named for it, and undo restores the rows exactly', async () => {
    const { db, projectId, history, analysed } = await setUp();
    const empty = await readStcRows(db, projectId);
    const { unit, group, sub } = await analysed();
    expect(history.getSnapshot().undo).toEqual({ key: 'stc.addGoldenQuote' });
    const rows = await readStcRows(db, projectId);
    expect(danglingReferences(rows)).toEqual([]);
    expect(trail(rows, 'none')).toBeNull();
    expect(rows.placements).toMatchObject([{ meaningUnitId: unit.id, codeGroupId: group.id, subgroupId: sub.id }]);
    for (let i = 0; i < 6; i++) await history.undo();
    expect(await readStcRows(db, projectId)).toEqual(empty);
    for (let i = 0; i < 6; i++) await history.redo();
    expect(await readStcRows(db, projectId)).toEqual(rows);
  });

  it('deleting a meaning unit with a golden quote asks first without an undo step, then removes both in one step', async () => {
    const { db, projectId, history, analysed } = await setUp();
    const { unit, quote } = await analysed();
    const asked = await deleteMeaningUnit(history, { projectId, id: unit.id });
    expect(asked).toMatchObject({ status: 'confirm', quotes: [{ id: quote.id }] });
    expect(history.getSnapshot().undo).toEqual({ key: 'stc.addGoldenQuote' });
    const done = await deleteMeaningUnit(history, { projectId, id: unit.id, confirmQuotes: true });
    expect(done.status).toBe('done');
    expect(history.getSnapshot().undo).toEqual({ key: 'stc.deleteMeaningUnit' });
    const after = await readStcRows(db, projectId);
    expect([after.meaningUnits, after.placements, after.goldenQuotes]).toEqual([[], [], []]);
    await history.undo();
    const back = await readStcRows(db, projectId);
    expect(back.goldenQuotes.map((q) => q.id)).toEqual([quote.id]);
    expect(danglingReferences(back)).toEqual([]);
  });

  it('a refused change throws a translated-code error and writes nothing', async () => {
    const { db, projectId, history } = await setUp();
    const attempt = addMeaningUnit(history, { projectId, sourceId: 'x-src', start: 0, end: 10_000, authorId });
    await expect(attempt).rejects.toBeInstanceOf(StcError);
    await expect(attempt).rejects.toMatchObject({ problem: 'range-invalid' });
    expect((await readStcRows(db, projectId)).meaningUnits).toEqual([]);
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('takes a coding in and sorts it into a group in one step; taking it in again adds nothing', async () => {
    const { db, projectId, history } = await setUp();
    const group = await createCodeGroup(history, { projectId, name: 'Svar', authorId });
    const first = await takeInCodings(history, { projectId, codingIds: ['x-coding', 'gone'], authorId, codeGroupId: group.id });
    expect(first).toMatchObject({ created: 1, reused: 0 });
    expect(first.placements).toHaveLength(1);
    const coding = await db.codings.get('x-coding');
    expect((await readStcRows(db, projectId)).meaningUnits).toMatchObject([{ codingId: 'x-coding', start: coding!.start, end: coding!.end }]);
    const again = await takeInCodings(history, { projectId, codingIds: ['x-coding'], authorId, codeGroupId: group.id });
    expect(again).toMatchObject({ created: 0, reused: 1, placements: [] });
    // Taking it in again wrote nothing, so it made no undo step: the last one is still the first take-in.
    expect(history.getSnapshot().undo).toEqual({ key: 'stc.takeInCodings', values: { count: 2 } });
    await history.undo();
    expect((await readStcRows(db, projectId)).meaningUnits).toEqual([]);
  });

  it('merges code groups and undoes the merge whole', async () => {
    const { db, projectId, history, analysed } = await setUp();
    const { group, unit } = await analysed();
    const other = await createCodeGroup(history, { projectId, name: 'Kontakt', authorId });
    await sortUnitsIntoCodeGroup(history, { projectId, unitIds: [unit.id], codeGroupId: other.id });
    const before = await readStcRows(db, projectId);
    const merged = await mergeCodeGroups(history, { projectId, fromId: group.id, intoId: other.id });
    expect(merged).toMatchObject({ status: 'done', value: { collapsed: 1, quotes: [] } });
    const after = await readStcRows(db, projectId);
    expect(after.codeGroups.map((g) => g.name)).toEqual(['Kontakt']);
    expect(after.placements).toHaveLength(1);
    expect(after.goldenQuotes).toHaveLength(1);
    expect(danglingReferences(after)).toEqual([]);
    await history.undo();
    expect(await readStcRows(db, projectId)).toEqual(before);
  });

  it('reads only the rows of its own project', async () => {
    const { db, projectId, history, analysed } = await setUp();
    await analysed();
    const other = await createProject(db, { name: 'Annet prosjekt' });
    await fillProject(db, other.id, 'y', false);
    await createCodeGroup(history, { projectId: other.id, name: 'Annen gruppe', authorId });
    const rows = await readStcRows(db, projectId);
    expect(rows.sources.map((s) => s.id)).toEqual(['x-src']);
    expect(rows.codeGroups.map((g) => g.name)).toEqual(['Venting']);
    expect((await readStcRows(db, other.id)).codeGroups.map((g) => g.name)).toEqual(['Annen gruppe']);
  });

  it('typing in a condensate is one undo step; step states keep their derived row', async () => {
    let clock = 0;
    const { db, projectId, history, analysed } = await setUp(() => clock);
    const { sub } = await analysed();
    for (const text of ['Jeg', 'Jeg venter', 'Jeg venter og venter']) {
      clock += 500;
      await saveCondensate(history, { projectId, subgroupId: sub.id, content: JSON.stringify({ text }), plainText: text });
    }
    await history.undo();
    expect((await db.subgroups.get(sub.id))!.plainText).toBe('');
    await setStepState(history, { projectId, method: 'stc', step: 3, state: 'done' });
    await setStepState(history, { projectId, method: 'stc', step: 3, state: 'in-progress' });
    const rows = await readStcRows(db, projectId);
    expect(rows.analysisSteps).toHaveLength(1);
    expect(stepState(rows, 'stc', 3)).toBe('in-progress');
  });
});
