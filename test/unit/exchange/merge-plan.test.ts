import { describe, expect, it } from 'vitest';
import { planMerge, type MergeConflict, type OurRows } from '../../../shared/exchange/merge';
import type { Code, Coder, Coding, Memo, Source, SourceText, Write } from '../../../shared/model';
import { planCurrentCoder } from '../../../shared/projects/plan-coder';
import { fixedContext } from '../plan-context';
import { applied, coder, coding, memo, ourProject, source, texts, theirProject } from './merge-fixtures';

const puts = <T>(writes: Write[], table: string) => writes.filter((w) => w.op === 'put' && w.table === table).map((w) => (w as { row: unknown }).row as T);
const conflict = <K extends MergeConflict['kind']>(conflicts: MergeConflict[], kind: K) =>
  conflicts.filter((c): c is Extract<MergeConflict, { kind: K }> => c.kind === kind);

describe('planMerge: another coder’s copy of the same project', () => {
  it('keeps Kari as a coder of her own with her codings, matching codes by path and sources by text', () => {
    const ours = ourProject();
    const { writes, value } = planMerge(ours, theirProject(), fixedContext());
    expect(value.conflicts).toEqual([]);
    const [kari] = puts<Coder>(writes, 'coders');
    expect(kari).toMatchObject({ name: 'Kari', projectId: ours.projectId });
    const codings = puts<Coding>(writes, 'codings');
    expect(codings.map((c) => [c.sourceId, c.codeId, c.coderId, c.start, c.end])).toEqual([
      ['o-s1', 'o-ty', kari!.id, 55, 96],
      ['o-s2', 'o-tv', kari!.id, 35, 82],
    ]);
    expect(codings.every((c) => c.authorId === kari!.id && c.projectId === ours.projectId)).toBe(true);
    // Nothing of ours is changed or removed; no code or source is added for what we already have.
    expect(writes.filter((w) => w.op !== 'put')).toEqual([]);
    expect(puts(writes, 'codes')).toEqual([]);
    expect(puts(writes, 'sources')).toEqual([]);
    expect(value.codes).toEqual({ added: 0, matched: 4, updated: 0 });
    expect(value.sources).toEqual({ added: 0, matched: 2, skipped: 0 });
    expect(value.coders).toEqual([{ coderId: kari!.id, name: 'Kari', isNew: true, codingsAdded: 2, codingsAlreadyThere: 0, memosAdded: 1 }]);
  });

  it('leaves this machine’s coder the current one: Kari’s row is stamped with the merge time', () => {
    const ours = ourProject();
    const at = fixedContext('2026-03-01T00:00:00.000Z');
    const { writes } = planMerge(ours, theirProject((t) => (t.coders[0]!.createdAt = '2020-01-01T00:00:00.000Z')), at);
    const after = applied(ours, writes);
    expect(after.coders).toHaveLength(2);
    expect(planCurrentCoder(after.coders, ours.projectId, at).value.name).toBe('Ola');
  });

  it('merging the same file twice adds nothing the second time', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => {
      t.codes[1]!.definition = 'Grensen sies rett ut, med regel.';
      const three = source('k-s3', 'p-theirs', 'Dialog 3', texts.three, 2);
      t.sources.push(three.source);
      t.sourceTexts.push(three.text);
      t.codings.push(coding('k-c3', 'p-theirs', 'k-s3', 'k-ty', 'k-kari', 0, 10));
      t.memos.push(memo('k-m2', 'p-theirs', 'code', 'k-ty', 'k-kari', 'Kari: regelen gjelder bare bostøtte.'));
    });
    const first = planMerge(ours, theirs, fixedContext());
    expect(first.writes.length).toBeGreaterThan(5);
    const second = planMerge(applied(ours, first.writes), theirs, fixedContext());
    expect(second.writes).toEqual([]);
    expect(second.value.nothingNew).toBe(true);
    expect(second.value.codings).toEqual({ added: 0, alreadyThere: 3 });
  });

  it('one coding for the same code, range and coder, even when their file has it twice', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => t.codings.push({ ...t.codings[0]!, id: 'k-dup' }));
    const { value } = planMerge(ours, theirs, fixedContext());
    expect(value.codings).toEqual({ added: 2, alreadyThere: 1 });
  });
});

describe('planMerge: conflicts', () => {
  it('same name, different definition: adds theirs as "Navn (Kari)" with her codings, or keeps ours when asked', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => (t.codes[1]!.definition = 'Veilederen sier nei.'));
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    // One conflict: our Tydelig was matched (not "missing"), their version goes beside it.
    expect(value.conflicts.map((k) => k.kind)).toEqual(['definition']);
    const [c] = conflict(value.conflicts, 'definition');
    expect(c).toMatchObject({ name: 'Tydelig', ourPath: 'Grensearbeid/Tydelig', newName: 'Tydelig (Kari)', action: 'add-theirs', actions: ['add-theirs', 'keep-ours'] });
    const [added] = puts<Code>(writes, 'codes');
    expect(added).toMatchObject({ name: 'Tydelig (Kari)', parentId: 'o-ga', definition: 'Veilederen sier nei.', order: 2 });
    expect(puts<Coding>(writes, 'codings')[0]).toMatchObject({ codeId: added!.id, start: 55, end: 96 });
    // Our code keeps its definition.
    expect(writes.some((w) => w.op === 'update')).toBe(false);

    const kept = planMerge(ours, theirs, fixedContext(), { resolutions: { [c!.id]: 'keep-ours' } });
    expect(puts(kept.writes, 'codes')).toEqual([]);
    expect(puts<Coding>(kept.writes, 'codings')[0]).toMatchObject({ codeId: 'o-ty' });
    expect(conflict(kept.value.conflicts, 'definition')[0]?.action).toBe('keep-ours');
  });

  it('a second merge of the same file repeats "keep ours": it finds her codings on our code and adds nothing', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => (t.codes[1]!.definition = 'Veilederen sier nei.'));
    const first = planMerge(ours, theirs, fixedContext(), { resolutions: { 'definition:k-ty': 'keep-ours' } });
    const again = planMerge(applied(ours, first.writes), theirs, fixedContext());
    expect(conflict(again.value.conflicts, 'definition')[0]?.action).toBe('keep-ours');
    expect(again.writes).toEqual([]);
  });

  it('a definition where ours has none is taken in (one update, undoable), unless the user keeps ours', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => (t.codes[2]!.definition = 'Grensen antydes.'));
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    expect(conflict(value.conflicts, 'definition')[0]).toMatchObject({ name: 'Tvetydig', oursEmpty: true, action: 'use-theirs' });
    expect(writes.filter((w) => w.op === 'update')).toEqual([
      expect.objectContaining({ table: 'codes', key: 'o-tv', patch: expect.objectContaining({ definition: 'Grensen antydes.' }) }),
    ]);
    expect(value.codes.updated).toBe(1);
  });

  it('a moved code (matched by name under another parent) stays where we put it and gets her codings', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => {
      t.codes[3]!.parentId = 'k-ga';
      t.codings.push(coding('k-c4', 'p-theirs', 'k-s2', 'k-ir', 'k-kari', 0, 34));
    });
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    expect(conflict(value.conflicts, 'moved')).toEqual([
      expect.objectContaining({ name: 'Ingen respons', ourPath: 'Ingen respons', theirPath: 'Grensearbeid/Ingen respons', action: 'keep-ours' }),
    ]);
    expect(puts(writes, 'codes')).toEqual([]);
    expect(puts<Coding>(writes, 'codings').at(-1)).toMatchObject({ codeId: 'o-ir', start: 0, end: 34 });
  });

  it('matches a code by its REFI GUID before its name: a renamed code is the same code', () => {
    const ours = ourProject();
    ours.codes[1] = { ...ours.codes[1]!, refiGuid: '6F1B0C5E-1A2B-4C3D-8E9F-0A1B2C3D4E5F' } as Code;
    const theirs = theirProject((t) => {
      t.codes[1] = { ...t.codes[1]!, name: 'Klar grense', refiGuid: '6f1b0c5e-1a2b-4c3d-8e9f-0a1b2c3d4e5f' } as Code;
    });
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    expect(puts(writes, 'codes')).toEqual([]);
    expect(puts<Coding>(writes, 'codings')[0]).toMatchObject({ codeId: 'o-ty' });
    expect(value.conflicts).toEqual([]);
  });

  it('lists our code with codings that their project lacks (deleted there), and keeps it', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => {
      t.codes.splice(3, 1);
    });
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    expect(conflict(value.conflicts, 'missing')).toEqual([
      expect.objectContaining({ name: 'Ingen respons', ourPath: 'Ingen respons', codings: 1, action: 'keep-ours' }),
    ]);
    expect(writes.some((w) => w.op === 'delete')).toBe(false);
  });

  it('a source only they have is added with its text, turns and codings, or skipped with its codings', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => {
      const three = source('k-s3', 'p-theirs', 'Dialog 3', texts.three, 2);
      t.sources.push(three.source);
      t.sourceTexts.push(three.text);
      t.messages.push({ id: 'k-msg', sourceId: 'k-s3', projectId: 'p-theirs', order: 0, speaker: 'Bruker', role: 'user', delay: null, timestamp: null, start: 8, end: 50, createdAt: '', updatedAt: '' });
      t.codings.push(coding('k-c3', 'p-theirs', 'k-s3', 'k-tv', 'k-kari', 8, 50));
    });
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    expect(conflict(value.conflicts, 'source-added')).toEqual([expect.objectContaining({ title: 'Dialog 3', action: 'add', actions: ['add', 'skip'] })]);
    const [added] = puts<Source>(writes, 'sources');
    expect(added).toMatchObject({ title: 'Dialog 3', order: 2, projectId: ours.projectId });
    expect(puts<SourceText>(writes, 'sourceTexts')).toEqual([{ sourceId: added!.id, projectId: ours.projectId, text: texts.three }]);
    expect(puts(writes, 'messages')).toEqual([expect.objectContaining({ sourceId: added!.id, start: 8, end: 50 })]);
    expect(puts<Coding>(writes, 'codings').at(-1)).toMatchObject({ sourceId: added!.id, codeId: 'o-tv' });

    const id = conflict(value.conflicts, 'source-added')[0]!.id;
    const skipped = planMerge(ours, theirs, fixedContext(), { resolutions: { [id]: 'skip' } });
    expect(puts(skipped.writes, 'sources')).toEqual([]);
    expect(puts<Coding>(skipped.writes, 'codings')).toHaveLength(2);
    expect(skipped.value.leftOut).toEqual([{ reason: 'coding-of-skipped-source', count: 1 }]);
  });

  it('a source whose text differs from ours (a typo fixed) is a conflict, never a match: theirs comes in as "Tittel (Kari)"', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => {
      t.sourceTexts[1] = { ...t.sourceTexts[1]!, text: texts.two.replace('meldekortet', 'meldekortet mitt') };
    });
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    expect(conflict(value.conflicts, 'source-differs')).toEqual([expect.objectContaining({ title: 'Dialog 2', newTitle: 'Dialog 2 (Kari)', action: 'add' })]);
    const [copy] = puts<Source>(writes, 'sources');
    expect(copy!.title).toBe('Dialog 2 (Kari)');
    // Her coding points into her text, so it goes onto her copy, not onto our different text.
    expect(puts<Coding>(writes, 'codings').find((c) => c.codeId === 'o-tv')?.sourceId).toBe(copy!.id);
  });

  it('a coder with our coder’s name is the same person by default; kept apart when asked', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => (t.coders[0]!.name = 'Ola'));
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    const [c] = conflict(value.conflicts, 'coder-same-name');
    expect(c).toMatchObject({ name: 'Ola', newName: 'Ola (Karis kopi)', action: 'same-coder' });
    expect(puts(writes, 'coders')).toEqual([]);
    // Ola's own coding on the same range is there already: one coding, not two.
    expect(value.codings).toEqual({ added: 1, alreadyThere: 1 });

    const apart = planMerge(ours, theirs, fixedContext(), { resolutions: { [c!.id]: 'separate' } });
    expect(puts<Coder>(apart.writes, 'coders')).toEqual([expect.objectContaining({ name: 'Ola (Karis kopi)' })]);
    expect(apart.value.codings).toEqual({ added: 2, alreadyThere: 0 });
  });

  it('never places a coding outside its text', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => t.codings.push(coding('k-bad', 'p-theirs', 'k-s1', 'k-ty', 'k-kari', 90, 400)));
    const { value } = planMerge(ours, theirs, fixedContext());
    expect(value.leftOut).toEqual([{ reason: 'coding-outside-text', count: 1 }]);
    expect(value.codings.added).toBe(2);
  });
});

describe('planMerge: rows from another tool', () => {
  it('reads missing colours, times and memo titles as empty instead of failing', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => {
      t.coders[0] = { id: 'k-kari', name: 'Kari' } as Coder;
      t.memos[0] = { id: 'k-m1', targetKind: 'code', targetId: 'k-tv', authorId: 'k-kari', plainText: 'Kari: usikker.' } as Memo;
    });
    const { writes, value } = planMerge(ours, theirs, fixedContext());
    expect(puts<Coder>(writes, 'coders')).toEqual([expect.objectContaining({ name: 'Kari', color: expect.stringMatching(/^#[0-9a-f]{6}$/) })]);
    expect(value.memos.added).toBe(1);
  });
});

describe('planMerge: memos', () => {
  it('adds her memo under her name where we have none, appends it under a heading where we have one, once', () => {
    const ours = ourProject();
    const theirs = theirProject((t) => t.memos.push(memo('k-m2', 'p-theirs', 'code', 'k-ty', 'k-kari', 'Kari: regelen gjelder bare bostøtte.')));
    const { writes, value } = planMerge(ours, theirs, fixedContext(), { memoHeading: (name) => `Notat fra ${name}` });
    const [kari] = puts<Coder>(writes, 'coders');
    expect(puts<Memo>(writes, 'memos')).toEqual([expect.objectContaining({ targetKind: 'code', targetId: 'o-tv', authorId: kari!.id, plainText: 'Kari: usikker på denne.' })]);
    const update = writes.find((w) => w.op === 'update' && w.table === 'memos') as Extract<Write, { op: 'update' }>;
    expect(update.key).toBe('o-m1');
    expect((update.patch as Memo).plainText).toBe('Ola: sjekk mot kodeboka.\n\nNotat fra Kari\n\nKari: regelen gjelder bare bostøtte.');
    expect(value.memos).toEqual({ added: 1, appended: 1, alreadyThere: 0 });
    const again = planMerge(applied(ours, writes), theirs, fixedContext());
    expect(again.value.memos).toEqual({ added: 0, appended: 0, alreadyThere: 2 });
  });

  it('keeps a memo on a coding on the coding it was carried to', () => {
    const ours: OurRows = { ...ourProject(), coders: [coder('o-ola', 'p-ours', 'Ola')] };
    const theirs = theirProject((t) => t.memos.push(memo('k-m3', 'p-theirs', 'coding', 'k-c2', 'k-kari', 'Tvetydig fordi fristen er vag.')));
    const { writes } = planMerge(ours, theirs, fixedContext());
    const coded = puts<Coding>(writes, 'codings').find((c) => c.start === 35)!;
    expect(puts<Memo>(writes, 'memos').find((m) => m.targetKind === 'coding')?.targetId).toBe(coded.id);
  });
});



