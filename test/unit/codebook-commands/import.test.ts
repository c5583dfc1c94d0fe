import { describe, expect, it } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import { importCodebook } from '../../../renderer/store/commands/codebook-import';
import { boundaryWorkTemplate } from '../../../shared/codebook/template';
import { codebookFromCodes, type CodebookDocument } from '../../../shared/codebook/document';
import { flattenCodeTree, buildCodeTree } from '../../../shared/codebook/tree';
import { fillProject, freshName } from '../store/fixtures';

async function setUp() {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Mal' });
  const history = new History(db);
  return { db, project, history };
}

const entry = (name: string, children: CodebookDocument['codes'] = []) => ({
  name,
  shortName: '',
  color: '',
  definition: `${name} betyr …`,
  inclusion: '',
  exclusion: '',
  typicalExample: '',
  atypicalExample: '',
  children,
});

describe('importCodebook', () => {
  it('adds the boundary-work template as one step, in template order, and undo removes it all', async () => {
    const { db, project, history } = await setUp();
    const template = boundaryWorkTemplate('nb');
    const result = await importCodebook(history, { projectId: project.id, document: template });
    const codes = await db.codes.where('projectId').equals(project.id).toArray();
    expect(result.added).toBe(codes.length);
    expect(result.matched).toBe(0);
    // Round trip: the stored codebook reads back as the template (keys aside).
    const back = codebookFromCodes(template.name, 'nb', codes);
    const strip = (doc: CodebookDocument) => JSON.parse(JSON.stringify(doc.codes, (k, v) => (k === 'key' ? undefined : v)));
    expect(strip(back)).toEqual(strip(template));
    expect(history.getSnapshot().undo).toEqual({ key: 'importCodebook', values: { name: template.name } });
    await history.undo();
    expect(await db.codes.where('projectId').equals(project.id).count()).toBe(0);
  });

  it('adding the same template twice adds nothing the second time', async () => {
    const { db, project, history } = await setUp();
    await importCodebook(history, { projectId: project.id, document: boundaryWorkTemplate('en') });
    const count = await db.codes.count();
    const again = await importCodebook(history, { projectId: project.id, document: boundaryWorkTemplate('en') });
    expect(again.added).toBe(0);
    expect(await db.codes.count()).toBe(count);
    expect(history.getSnapshot().undo?.key).toBe('importCodebook');
  });

  it('adds after the existing codes and merges into a same-named code, leaving it as it was', async () => {
    const { db, project, history } = await setUp();
    await fillProject(db, project.id);
    const doc: CodebookDocument = {
      format: 'kodebok-codebook',
      version: 1,
      name: 'Egen',
      language: 'nb',
      codes: [entry('grensearbeid', [entry('Tvetydig')]), entry('Ingen respons')],
    };
    const result = await importCodebook(history, { projectId: project.id, document: doc });
    expect(result).toEqual({ added: 2, matched: 1 });
    const codes = await db.codes.where('projectId').equals(project.id).toArray();
    const names = flattenCodeTree(buildCodeTree(codes)).map((n) => `${'-'.repeat(n.depth)}${n.code.name}`);
    expect(names).toEqual(['Grensearbeid', '-Tydelig', '-Tvetydig', 'Ingen respons']);
    expect(codes.find((c) => c.name === 'Grensearbeid')?.definition).toBe('');
    expect(codes.find((c) => c.name === 'Tvetydig')).toMatchObject({ order: 1, definition: 'Tvetydig betyr …' });
    expect(codes.every((c) => /^#[0-9a-f]{6}$/i.test(c.color))).toBe(true);
  });
});
