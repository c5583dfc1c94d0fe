import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { createProject } from '../../../renderer/store/repositories/projects';
import { getSourceText } from '../../../renderer/store/repositories/sources';
import { editTranscript, TranscriptEditRefused } from '../../../renderer/store/commands/transcript';
import { fillProject, freshName } from '../store/fixtures';

// fixtures: 'Bruker: Hei, når får jeg svar på søknaden?\n\nVeileder: (dagen etter)\nDu må ringe NAV-kontoret.'
// message 8–42, coding 68–93 ("Du må ringe NAV-kontoret.")
async function setUp() {
  const db = createDatabase(freshName());
  await db.open();
  const project = await createProject(db, { name: 'Rettelser' });
  await fillProject(db, project.id);
  return { db, history: new History(db) };
}

describe('edit transcript (typo fixes)', () => {
  it('moves codings after the fix and keeps their text, logs the fix, and undo restores everything', async () => {
    const { db, history } = await setUp();
    const before = (await getSourceText(db, 'x-src'))!;
    const imported = (await db.sourceTexts.get('x-src'))!.text;
    const at = before.indexOf('når');
    await editTranscript(history, { sourceId: 'x-src', authorId: 'x-coder', edit: { start: at, end: at + 3, insert: 'naar' } });
    const after = (await getSourceText(db, 'x-src'))!;
    const coding = (await db.codings.get('x-coding'))!;
    expect(after.slice(coding.start, coding.end)).toBe('Du må ringe NAV-kontoret.');
    const message = (await db.messages.get('x-msg'))!;
    expect(after.slice(message.start, message.end)).toBe('Hei, naar får jeg svar på søknaden?');
    expect((await db.sources.get('x-src'))!.length).toBe(after.length);
    expect((await db.sourceEdits.where('sourceId').equals('x-src').toArray()).map((e) => [e.removed, e.inserted])).toContainEqual(['når', 'naar']);
    // The text as imported is never overwritten: the fix lives in the log.
    expect((await db.sourceTexts.get('x-src'))!.text).toBe(imported);

    await history.undo();
    expect((await getSourceText(db, 'x-src'))!).toBe(before);
    expect(await db.codings.get('x-coding')).toMatchObject({ start: 68, end: 93 });
    expect((await db.sources.get('x-src'))!.length).toBe(before.length);
  });

  it('refuses a fix that starts inside a coding and ends outside it, and changes nothing', async () => {
    const { db, history } = await setUp();
    const before = (await getSourceText(db, 'x-src'))!;
    await expect(editTranscript(history, { sourceId: 'x-src', authorId: 'x-coder', edit: { start: 60, end: 75, insert: '' } })).rejects.toBeInstanceOf(TranscriptEditRefused);
    expect((await getSourceText(db, 'x-src'))!).toBe(before);
    expect(history.getSnapshot().undo).toBeNull();
  });

  it('keeps an empty message (no written reply) in order when the text around it is replaced', async () => {
    const { db, history } = await setUp();
    const text = (await getSourceText(db, 'x-src'))!;
    const at = text.indexOf('(dagen etter)');
    await db.messages.add({ ...(await db.messages.get('x-msg'))!, id: 'x-empty', order: 1, start: at + 3, end: at + 3 });
    await editTranscript(history, { sourceId: 'x-src', authorId: 'x-coder', edit: { start: at, end: at + 13, insert: '(i morgen)' } });
    expect(await db.messages.get('x-empty')).toMatchObject({ start: at, end: at });
    const coding = (await db.codings.get('x-coding'))!;
    expect((await getSourceText(db, 'x-src'))!.slice(coding.start, coding.end)).toBe('Du må ringe NAV-kontoret.');
  });

  it('moves the preamble with a fix inside it, and undo puts it back', async () => {
    const { db, history } = await setUp();
    const before = (await getSourceText(db, 'x-src'))!;
    // A source whose text begins with a heading: "Dialog 1, mars\n\n" before the first message.
    const heading = 'Dialog 1, mrs\n\n';
    await db.sourceTexts.put({ sourceId: 'x-src', projectId: (await db.sources.get('x-src'))!.projectId, text: heading + before });
    await db.sources.update('x-src', { preamble: { start: 0, end: 13 }, length: heading.length + before.length });
    const message = (await db.messages.get('x-msg'))!;
    await db.messages.update('x-msg', { start: message.start + heading.length, end: message.end + heading.length });
    const coding = (await db.codings.get('x-coding'))!;
    await db.codings.update('x-coding', { start: coding.start + heading.length, end: coding.end + heading.length });

    await editTranscript(history, { sourceId: 'x-src', authorId: 'x-coder', edit: { start: 10, end: 13, insert: 'mars' } });
    const after = (await getSourceText(db, 'x-src'))!;
    const preamble = (await db.sources.get('x-src'))!.preamble!;
    expect(after.slice(preamble.start, preamble.end)).toBe('Dialog 1, mars');
    const moved = (await db.codings.get('x-coding'))!;
    expect(after.slice(moved.start, moved.end)).toBe('Du må ringe NAV-kontoret.');

    await history.undo();
    expect((await db.sources.get('x-src'))!.preamble).toEqual({ start: 0, end: 13 });
  });

  it('moves the meaning unit, golden quote and theme quote with the fix, in the same undoable step', async () => {
    const { db, history } = await setUp();
    const at = (await getSourceText(db, 'x-src'))!.indexOf('når');
    await editTranscript(history, { sourceId: 'x-src', authorId: 'x-coder', edit: { start: at, end: at + 3, insert: 'naar' } });
    const after = (await getSourceText(db, 'x-src'))!;
    for (const row of [await db.meaningUnits.get('x-mu'), await db.goldenQuotes.get('x-gq'), await db.themeQuotes.get('x-tq')]) {
      expect(after.slice(row!.start, row!.end)).toBe('Du må ringe NAV-kontoret.');
    }
    await history.undo();
    expect(await db.meaningUnits.get('x-mu')).toMatchObject({ start: 68, end: 93 });
    expect(await db.goldenQuotes.get('x-gq')).toMatchObject({ start: 68, end: 93 });
    expect(await db.themeQuotes.get('x-tq')).toMatchObject({ start: 68, end: 93 });
  });
});
