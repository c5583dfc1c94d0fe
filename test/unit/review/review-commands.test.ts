import { describe, expect, it } from 'vitest';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import {
  decideProposal,
  importReviewComments,
  proposeChange,
  readReviewPackage,
  signOffVersion,
  snapshotVersion,
} from '../../../renderer/store/commands/review';
import { reviewActions } from '../../../renderer/store/actions/review';
import { reviewPackageHtml } from '../../../shared/review';
import { fillProject, freshName } from '../store/fixtures';

async function setUp() {
  const db: KodebokDb = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Veiledning' });
  await fillProject(db, project.id);
  return { db, project, history: new History(db) };
}

describe('review commands', () => {
  it('accepting a proposal changes the code and closes the proposal; one undo takes both back', async () => {
    const { db, history } = await setUp();
    const before = (await db.codes.get('x-code-child'))!;
    await proposeChange(history, before.id, 'definition', 'Veilederen svarer tydelig og grunngir svaret.', 'Veileder Vik');
    const proposal = (await db.proposals.where('codeId').equals(before.id).toArray()).find((p) => p.after.startsWith('Veilederen svarer tydelig'))!;
    expect(await decideProposal(history, proposal.id, true)).toBe('ok');
    expect((await db.codes.get(before.id))!.definition).toBe('Veilederen svarer tydelig og grunngir svaret.');
    expect((await db.proposals.get(proposal.id))!.status).toBe('accepted');
    expect(await decideProposal(history, proposal.id, true)).toBe('proposal-closed');

    await history.undo();
    expect((await db.codes.get(before.id))!.definition).toBe(before.definition);
    expect((await db.proposals.get(proposal.id))!.status).toBe('open');
  });

  it('signs a version off once; a second sign-off leaves the first one standing', async () => {
    const { db, project, history } = await setUp();
    const version = await snapshotVersion(history, { projectId: project.id, name: 'Versjon 2', author: 'Kari Nordmann', note: '' });
    expect(version.snapshot.codes.map((c) => c.name)).toContain('Tydelig');
    expect(await signOffVersion(history, version.id, 'Veileder Vik')).toBe(true);
    expect(await signOffVersion(history, version.id, 'Noen andre')).toBe(false);
    expect((await db.codebookVersions.get(version.id))!.signOff?.by).toBe('Veileder Vik');
  });

  it('a package from the store carries coded text, and its comments come back onto the same coding', async () => {
    const { db, project, history } = await setUp();
    const input = await readReviewPackage(db, project.id, 2, 'nb', 'Versjon 1');
    const html = reviewPackageHtml(input);
    expect(html).toContain('data-coding-id="x-coding"');
    const file = {
      format: 'kodebok-review-comments',
      version: 1,
      packageId: input.packageId,
      projectId: project.id,
      author: 'Veileder Vik',
      comments: [{ target: { kind: 'coding', codeId: 'x-code-child', codingId: 'x-coding' }, text: 'Dette er heller uklart.' }],
    };
    expect(await importReviewComments(history, project.id, JSON.stringify(file), 'Ukjent')).toEqual({ ok: true, added: 1, skipped: 0 });
    const comments = await db.reviewComments.where('projectId').equals(project.id).toArray();
    expect(comments.find((c) => c.text === 'Dette er heller uklart.')).toMatchObject({ target: { kind: 'coding', codingId: 'x-coding' }, author: 'Veileder Vik' });
  });

  it('lists the codings of a code with their source and opening words, for a comment on one of them', async () => {
    const { db } = await setUp();
    const choices = await reviewActions(db).codingChoices('x-code-child');
    expect(choices).toHaveLength(1);
    expect(choices[0]).toMatchObject({ id: 'x-coding' });
    expect(choices[0]!.snippet.length).toBeGreaterThan(0);
    expect(await reviewActions(db).codingChoices('ingen-kode')).toEqual([]);
  });
});
