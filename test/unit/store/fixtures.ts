import type { KodebokDb } from '../../../renderer/store/db';
import { analysisStepId, readMarkId, type Code, type Coding, type Memo, type Message, type Source } from '../../../shared/model';

let counter = 0;
/** A unique database name per test, so tests never see each other's data. */
export function freshName(): string {
  counter += 1;
  return `kodebok-test-${Date.now()}-${counter}`;
}

const t = '2026-01-01T00:00:00.000Z';

/** Fills a project with one of everything, with cross-references, the way real work looks. */
export async function fillProject(db: KodebokDb, projectId: string, prefix = 'x', withAnalysis = true): Promise<void> {
  const text = 'Bruker: Hei, når får jeg svar på søknaden?\n\nVeileder: (dagen etter)\nDu må ringe NAV-kontoret.';
  const source: Source = {
    id: `${prefix}-src`,
    projectId,
    title: 'Dialog 1',
    kind: 'dialogue',
    origin: {
      fileName: 'dialoger.txt',
      format: 'dialogue-txt',
      encoding: 'UTF-8',
      lineEndings: 'lf',
      sha256: 'ab'.repeat(32),
      sizeBytes: text.length,
      importedAt: t,
      anonymisation: [],
    },
    length: text.length,
    attributes: { [`${prefix}-attr`]: 'Gruppe A' },
    order: 0,
    createdAt: t,
    updatedAt: t,
  };
  const message: Message = {
    id: `${prefix}-msg`,
    sourceId: source.id,
    projectId,
    order: 0,
    speaker: 'Bruker',
    role: 'user',
    delay: null,
    timestamp: null,
    start: 8,
    end: 42,
    createdAt: t,
    updatedAt: t,
  };
  const parent: Code = {
    id: `${prefix}-code-parent`,
    projectId,
    parentId: null,
    order: 0,
    name: 'Grensearbeid',
    shortName: 'GA',
    color: '#1f5f8b',
    definition: '',
    inclusion: '',
    exclusion: '',
    typicalExample: '',
    atypicalExample: '',
    pinned: false,
    createdAt: t,
    updatedAt: t,
  };
  const child: Code = { ...parent, id: `${prefix}-code-child`, parentId: parent.id, name: 'Tydelig' };
  const coding: Coding = {
    id: `${prefix}-coding`,
    projectId,
    sourceId: source.id,
    codeId: child.id,
    coderId: `${prefix}-coder`,
    authorId: `${prefix}-coder`,
    start: 68,
    end: 93,
    createdAt: t,
    updatedAt: t,
  };
  const memo: Memo = {
    id: `${prefix}-memo`,
    projectId,
    targetKind: 'coding',
    targetId: coding.id,
    authorId: `${prefix}-coder`,
    title: 'Henvisning',
    content: '{}',
    plainText: 'Eksplisitt henvisning.',
    createdAt: t,
    updatedAt: t,
  };
  await db.sources.add(source);
  // One typo fix ('nør' → 'når') is logged below. From schema version 3 the stored text is the text
  // as imported and the fix is derived from the log; before, the fix was written into the text.
  const fixedInLog = db.tables.some((table) => table.name === 'sourceEdits') && db.verno >= 3;
  await db.sourceTexts.add({ sourceId: source.id, projectId, text: fixedInLog ? text.replace('når', 'nør') : text });
  await db.messages.add(message);
  await db.codes.bulkAdd([parent, child]);
  await db.coders.add({ id: `${prefix}-coder`, projectId, name: 'Koder A', color: '#333', createdAt: t, updatedAt: t });
  await db.codings.add(coding);
  await db.memos.add(memo);
  await db.attributes.add({ id: `${prefix}-attr`, projectId, name: 'Gruppe', type: 'text', choices: [], order: 0, createdAt: t, updatedAt: t });
  // Tables added by later schema versions, filled only when the database has them.
  if (db.tables.some((table) => table.name === 'sourceEdits')) {
    await db.sourceEdits.add({
      id: `${prefix}-edit`,
      projectId,
      sourceId: source.id,
      authorId: `${prefix}-coder`,
      start: 13,
      removed: 'nør',
      inserted: 'når',
      createdAt: t,
      updatedAt: t,
    });
  }
  if (withAnalysis && db.tables.some((table) => table.name === 'analysisSteps')) await fillAnalysis(db, projectId, prefix);
  if (db.tables.some((table) => table.name === 'savedSearches')) {
    await db.savedSearches.add({
      id: `${prefix}-search`,
      projectId,
      name: 'Henvisninger',
      query: 'ringe NAV*',
      mode: 'words',
      options: { stopWords: true, foldAa: false },
      filters: { roles: ['caseworker'], attributes: { [`${prefix}-attr`]: ['Gruppe A'] }, code: { codeId: child.id, where: 'inside' } },
      authorId: `${prefix}-coder`,
      createdAt: t,
      updatedAt: t,
    });
  }
  if (db.tables.some((table) => table.name === 'attachments')) {
    await db.attachments.add({
      id: `${prefix}-attachment`,
      projectId,
      name: 'frokost.jpg',
      kind: 'picture',
      mediaType: 'image/jpeg',
      bytes: Uint8Array.of(0xff, 0xd8, 0xff, 0, 0x80),
      sizeBytes: 5,
      path: 'internal://frokost.jpg',
      refiGuid: '00000000-0000-4000-8000-000000000001',
      selections: [{ guid: '00000000-0000-4000-8000-000000000002', kind: 'PictureSelection', position: { firstX: 1, firstY: 2, secondX: 3, secondY: 4 }, codes: ['Frokost'] }],
      createdAt: t,
      updatedAt: t,
    });
  }
  if (db.tables.some((table) => table.name === 'codebookVersions')) await fillReview(db, projectId, prefix, child.id);
}

/** Codebook review (schema v7): a signed-off version, a reply thread on a coding, a proposal. */
async function fillReview(db: KodebokDb, projectId: string, prefix: string, codeId: string): Promise<void> {
  const at = { projectId, createdAt: t, updatedAt: t };
  await db.codebookVersions.add({
    id: `${prefix}-version`,
    ...at,
    name: 'Versjon 1',
    author: 'Kari Nordmann',
    note: 'Før veiledning',
    snapshot: { codes: [] },
    signOff: { by: 'Veileder Vik', at: t },
  });
  const target = { kind: 'coding' as const, codingId: `${prefix}-coding`, codeId };
  await db.reviewComments.bulkAdd([
    { id: `${prefix}-comment`, ...at, target, replyTo: null, author: 'Veileder Vik', text: 'Passer dette?', resolved: false },
    { id: `${prefix}-reply`, ...at, target, replyTo: `${prefix}-comment`, author: 'Kari Nordmann', text: 'Ja.', resolved: false },
  ]);
  await db.proposals.add({ id: `${prefix}-proposal`, ...at, codeId, field: 'definition', before: '', after: 'Tydelig svar.', author: 'Veileder Vik', status: 'open' });
}

/**
 * One row in every STC and thematic table (schema v4), each pointing at the others as real work does:
 * a meaning unit taken from the coding, placed in a group's subgroup, quoted; a subtheme under a theme,
 * holding the coded code, quoted, linked on the map.
 */
export async function fillAnalysis(db: KodebokDb, projectId: string, prefix = 'x'): Promise<void> {
  const at = { createdAt: t, updatedAt: t };
  const author = `${prefix}-coder`;
  const source = `${prefix}-src`;
  await db.analysisSteps.add({ id: analysisStepId(projectId, 'stc', 1), projectId, method: 'stc', step: 1, state: 'done', ...at });
  await db.readMarks.add({ id: readMarkId(source), projectId, sourceId: source, authorId: author, ...at });
  await db.preliminaryThemes.add({ id: `${prefix}-pt`, projectId, name: 'Ventetid', note: 'Bruker venter på svar.', order: 0, authorId: author, ...at });
  await db.meaningUnits.add({ id: `${prefix}-mu`, projectId, sourceId: source, start: 68, end: 93, codingId: `${prefix}-coding`, authorId: author, ...at });
  await db.codeGroups.add({ id: `${prefix}-cg`, projectId, name: 'Å bli henvist videre', order: 0, themeIds: [`${prefix}-pt`], authorId: author, ...at });
  await db.subgroups.add({
    id: `${prefix}-sg`,
    projectId,
    codeGroupId: `${prefix}-cg`,
    name: 'Tydelige beskjeder',
    order: 0,
    content: '{}',
    plainText: 'Jeg fikk beskjed om å ringe.',
    authorId: author,
    ...at,
  });
  await db.placements.add({ id: `${prefix}-pl`, projectId, meaningUnitId: `${prefix}-mu`, codeGroupId: `${prefix}-cg`, subgroupId: `${prefix}-sg`, ...at });
  await db.goldenQuotes.add({
    id: `${prefix}-gq`,
    projectId,
    subgroupId: `${prefix}-sg`,
    meaningUnitId: `${prefix}-mu`,
    sourceId: source,
    start: 68,
    end: 93,
    order: 0,
    authorId: author,
    ...at,
  });
  await db.analyticTexts.add({
    id: `${prefix}-at`,
    projectId,
    codeGroupId: `${prefix}-cg`,
    heading: 'Henvisning som svar',
    content: '{}',
    plainText: 'Brukerne blir sendt videre.',
    theory: '',
    recontextualised: [source],
    authorId: author,
    ...at,
  });
  const theme = { projectId, definition: 'Hvordan grenser trekkes.', order: 0, x: 0, y: 0, authorId: author, ...at };
  await db.themes.bulkAdd([
    { ...theme, id: `${prefix}-th`, parentId: null, name: 'Grenser' },
    { ...theme, id: `${prefix}-sub`, parentId: `${prefix}-th`, name: 'Henvisning', x: 40, y: 30 },
  ]);
  await db.themeCodes.add({ id: `${prefix}-tc`, projectId, themeId: `${prefix}-sub`, codeId: `${prefix}-code-child`, ...at });
  await db.themeLinks.add({ id: `${prefix}-tl`, projectId, fromId: `${prefix}-th`, toId: `${prefix}-sub`, label: 'rommer', authorId: author, ...at });
  await db.themeQuotes.add({
    id: `${prefix}-tq`,
    projectId,
    themeId: `${prefix}-sub`,
    codingId: `${prefix}-coding`,
    sourceId: source,
    start: 68,
    end: 93,
    order: 0,
    authorId: author,
    ...at,
  });
}
