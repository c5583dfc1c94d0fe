import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import { autoCode, previewAutoCoding } from '../../../renderer/store/commands/auto-code';
import { fillProject, freshName } from '../store/fixtures';

describe('auto-coding search hits', () => {
  it('previews the widened passages, codes them as ONE undo step under a coder of kind auto, and undo takes it all back', async () => {
    const db = createDatabase(freshName());
    await db.open();
    const project = await createProject(db, { name: 'Autokoding' });
    await fillProject(db, project.id);
    const history = new History(db);
    // The fixture's text (after its typo fix): 'Bruker: Hei, når får jeg svar på søknaden?\n\nVeileder: (dagen etter)\nDu må ringe NAV-kontoret.'
    const text = (await db.sourceTexts.get('x-src'))!.text.replace('nør', 'når');
    const at = (word: string) => ({ sourceId: 'x-src', start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const request = { projectId: project.id, codeId: 'x-code-parent', hits: [at('svar'), at('søknaden'), at('ringe')], extent: 'sentence' as const };

    const preview = await previewAutoCoding(db, request);
    // 'svar' and 'søknaden' share a sentence: one passage; 'ringe' is in another.
    expect(preview.ranges.map((r) => r.text)).toEqual(['Hei, når får jeg svar på søknaden?', 'Du må ringe NAV-kontoret.']);

    const codersBefore = await db.coders.where('projectId').equals(project.id).toArray();
    const codingsBefore = await db.codings.count();
    const made = await autoCode(history, { ...request, codeName: 'Grensearbeid', autoCoderName: 'Automatisk' });
    expect(made).toBe(2);
    const auto = (await db.coders.where('projectId').equals(project.id).toArray()).filter((c) => c.kind === 'auto');
    expect(auto.map((c) => c.name)).toEqual(['Automatisk']);
    expect(await db.codings.where('coderId').equals(auto[0]!.id).count()).toBe(2);
    expect(history.getSnapshot().undo).toEqual({ key: 'search.autoCode', values: { code: 'Grensearbeid', count: 3 } });

    // The same hits again add nothing.
    expect((await previewAutoCoding(db, request)).alreadyCoded).toBe(2);

    await history.undo();
    expect(await db.codings.count()).toBe(codingsBefore);
    expect(await db.coders.where('projectId').equals(project.id).toArray()).toEqual(codersBefore);
    expect(history.getSnapshot().undo).toBeNull();
    db.close();
  });
});
