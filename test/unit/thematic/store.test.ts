import { describe, expect, it } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import {
  addLink,
  addQuote,
  createTheme,
  deleteTheme,
  gatherCode,
  placeTheme,
  setPhaseState,
  ThematicError,
  themeDeletionImpact,
} from '../../../renderer/store/commands/thematic';
import { readThematic, readThemeEvidence } from '../../../renderer/store/queries/thematic';
import { deleteCode, mergeCodes } from '../../../renderer/store/commands/codes';
import { fillProject, freshName } from '../store/fixtures';

async function setUp() {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Fokusgruppe' });
  // One source "Dialog 1", codes x-code-parent and x-code-child, one coding x-coding of the child.
  await fillProject(db, project.id, 'x', false);
  return { db, projectId: project.id, history: new History(db) };
}

async function thematicRows(db: KodebokDb, projectId: string) {
  return {
    themes: await db.themes.where('projectId').equals(projectId).count(),
    themeCodes: await db.themeCodes.where('projectId').equals(projectId).count(),
    themeLinks: await db.themeLinks.where('projectId').equals(projectId).count(),
    themeQuotes: await db.themeQuotes.where('projectId').equals(projectId).count(),
  };
}

describe('thematic commands in the store', () => {
  it('builds a small map: themes, a subtheme, a gathered code, a link and a quote, each an undo step', async () => {
    const { db, projectId, history } = await setUp();
    const base = { projectId, authorId: 'x-coder' };
    const a = await createTheme(history, { ...base, parentId: null, name: 'Grensearbeid' });
    const b = await createTheme(history, { ...base, parentId: null, name: 'Ansvar' });
    const a1 = await createTheme(history, { ...base, parentId: a.id, name: 'Tydelig grense' });
    await gatherCode(history, { themeId: a1.id, codeId: 'x-code-child' });
    await addLink(history, { authorId: 'x-coder', fromId: a1.id, toId: b.id, label: 'spenning' });
    const evidence = await readThemeEvidence(db, a.id);
    expect(evidence.candidates.map((c) => c.coding.id)).toEqual(['x-coding']);
    expect(evidence.candidates[0]!.passage.sourceTitle).toBe('Dialog 1');
    await addQuote(history, { authorId: 'x-coder', themeId: a1.id, codingId: 'x-coding' });
    expect(history.getSnapshot().undo).toEqual({ key: 'thematic.addQuote', values: { theme: 'Tydelig grense' } });

    const { map } = await readThematic(db, projectId);
    expect(map.nodes.map((n) => `${n.kind}:${n.name}`)).toEqual([
      'theme:Grensearbeid',
      'subtheme:Tydelig grense',
      'theme:Ansvar',
    ]);
    expect(map.nodes[1]).toMatchObject({ codeIds: ['x-code-child'], segments: 1, sources: 1 });
    expect(map.nodes[0]).toMatchObject({ segments: 1, sources: 1 });

    await history.undo();
    await history.undo();
    expect(await thematicRows(db, projectId)).toEqual({ themes: 3, themeCodes: 1, themeLinks: 0, themeQuotes: 0 });
    await history.redo();
    expect((await readThematic(db, projectId)).map.links.map((l) => l.label)).toEqual(['spenning']);
  });

  it('deleting a main theme takes everything hanging on it in one step, and undo brings it all back', async () => {
    const { db, projectId, history } = await setUp();
    const base = { projectId, authorId: 'x-coder' };
    const a = await createTheme(history, { ...base, parentId: null, name: 'Grensearbeid' });
    const b = await createTheme(history, { ...base, parentId: null, name: 'Ansvar' });
    const a1 = await createTheme(history, { ...base, parentId: a.id, name: 'Tydelig grense' });
    await gatherCode(history, { themeId: a1.id, codeId: 'x-code-child' });
    await gatherCode(history, { themeId: b.id, codeId: 'x-code-child' });
    await addLink(history, { authorId: 'x-coder', fromId: a1.id, toId: b.id });
    await addQuote(history, { authorId: 'x-coder', themeId: a.id, codingId: 'x-coding' });
    const before = await thematicRows(db, projectId);

    expect(await themeDeletionImpact(db, a.id)).toEqual({ subthemes: 1, codes: 1, links: 1, quotes: 1 });
    await deleteTheme(history, { id: a.id });
    expect(await thematicRows(db, projectId)).toEqual({ themes: 1, themeCodes: 1, themeLinks: 0, themeQuotes: 0 });
    await history.undo();
    expect(await thematicRows(db, projectId)).toEqual(before);
  });

  it('arrow-key nudges of one theme fold into one undo step; the place persists', async () => {
    let clock = 1000;
    const db: KodebokDb = createDatabase(freshName());
    await db.open();
    const project = await createProject(db, { name: 'Kart' });
    const history = new History(db, { now: () => clock });
    const a = await createTheme(history, {
      projectId: project.id,
      authorId: 'c',
      parentId: null,
      name: 'Tillit',
      x: 100,
      y: 100,
    });
    for (let i = 1; i <= 5; i += 1) {
      clock += 200;
      await placeTheme(history, { id: a.id, x: 100 + 10 * i, y: 100 });
    }
    expect((await db.themes.get(a.id))!.x).toBe(150);
    await history.undo();
    expect((await db.themes.get(a.id))!).toMatchObject({ x: 100, y: 100 });
  });

  it('phases: started, done, reopened; refusals come as ThematicError', async () => {
    const { db, projectId, history } = await setUp();
    await setPhaseState(history, { projectId, phase: 1, state: 'in-progress' });
    await setPhaseState(history, { projectId, phase: 1, state: 'done' });
    await setPhaseState(history, { projectId, phase: 2, state: 'in-progress' });
    expect((await readThematic(db, projectId)).phases.map((p) => p.state).slice(0, 3)).toEqual([
      'done',
      'in-progress',
      'not-started',
    ]);
    await history.undo();
    expect((await readThematic(db, projectId)).phases[1]!.state).toBe('not-started');
    const a = await createTheme(history, { projectId, authorId: 'c', parentId: null, name: 'Tillit' });
    await expect(addLink(history, { authorId: 'c', fromId: a.id, toId: a.id })).rejects.toBeInstanceOf(ThematicError);
    await expect(addQuote(history, { authorId: 'c', themeId: a.id, codingId: 'x-coding' })).rejects.toMatchObject({
      problem: 'coding-not-in-theme',
    });
  });
});

describe('codebook commands keep the themes whole', () => {
  it('deleting a code takes it out of its themes; a quote from its codings stays, on its own offsets; undo puts everything back', async () => {
    const { db, projectId, history } = await setUp();
    const a = await createTheme(history, { projectId, authorId: 'x-coder', parentId: null, name: 'Grensearbeid' });
    await gatherCode(history, { themeId: a.id, codeId: 'x-code-child' });
    await addQuote(history, { authorId: 'x-coder', themeId: a.id, codingId: 'x-coding' });
    await deleteCode(history, { id: 'x-code-parent' });
    expect(await thematicRows(db, projectId)).toEqual({ themes: 1, themeCodes: 0, themeLinks: 0, themeQuotes: 1 });
    expect((await db.themeQuotes.where('themeId').equals(a.id).first())?.codingId).toBeNull();
    await history.undo();
    expect(await thematicRows(db, projectId)).toEqual({ themes: 1, themeCodes: 1, themeLinks: 0, themeQuotes: 1 });
  });

  it('merging a code hands its place in the themes to the code it went into', async () => {
    const { db, projectId, history } = await setUp();
    const a = await createTheme(history, { projectId, authorId: 'x-coder', parentId: null, name: 'Grensearbeid' });
    await gatherCode(history, { themeId: a.id, codeId: 'x-code-child' });
    await mergeCodes(history, { fromId: 'x-code-child', intoId: 'x-code-parent' });
    const { map } = await readThematic(db, projectId);
    expect(map.nodes[0]).toMatchObject({ codeIds: ['x-code-parent'], segments: 1 });
  });
});
