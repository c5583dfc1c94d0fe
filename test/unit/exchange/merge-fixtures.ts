import type { BackupRow, BackupTables } from '../../../shared/backup/format';
import { backupTables } from '../../../shared/backup/format';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import type { OurRows } from '../../../shared/exchange/merge';
import type { Code, Coder, Coding, Memo, Message, Source, SourceText, Write } from '../../../shared/model';

/** Invented dialogue threads (synthetic): a user and a caseworker at an invented office. */
export const texts = {
  one: 'Bruker: Hei, når får jeg svar på søknaden om bostøtte?\nVeileder: Du må ringe kontoret i Lindvik.',
  two: 'Bruker: Jeg har sendt meldekortet.\nVeileder: Takk, vi ser på saken innen to dager.',
  three: 'Bruker: Kan jeg få hjelp til å fylle ut skjemaet?\nVeileder: Ja, bestill time hos Nora Fjellheim.',
};

const t0 = '2026-01-01T00:00:00.000Z';
const t1 = '2026-01-10T00:00:00.000Z';

export function source(id: string, projectId: string, title: string, text: string, order: number): { source: Source; text: SourceText } {
  return {
    source: {
      id,
      projectId,
      title,
      kind: 'dialogue',
      origin: { fileName: `${title}.txt`, format: 'dialogue-txt', encoding: 'UTF-8', lineEndings: 'lf', sha256: `${title}`.padEnd(64, '0'), sizeBytes: text.length, importedAt: t0, anonymisation: [] },
      length: text.length,
      attributes: {},
      order,
      createdAt: t0,
      updatedAt: t0,
    },
    text: { sourceId: id, projectId, text },
  };
}

export function code(id: string, projectId: string, name: string, parentId: string | null, definition = '', order = 0): Code {
  return { id, projectId, parentId, order, name, shortName: '', color: '#0f91b7', definition, inclusion: '', exclusion: '', typicalExample: '', atypicalExample: '', pinned: false, createdAt: t0, updatedAt: t0 };
}

export function coding(id: string, projectId: string, sourceId: string, codeId: string, coderId: string, start: number, end: number): Coding {
  return { id, projectId, sourceId, codeId, coderId, authorId: coderId, start, end, createdAt: t1, updatedAt: t1 };
}

export function coder(id: string, projectId: string, name: string, createdAt = t0): Coder {
  return { id, projectId, name, color: '#1f5f8b', createdAt, updatedAt: createdAt };
}

export function memo(id: string, projectId: string, targetKind: Memo['targetKind'], targetId: string, authorId: string, plainText: string): Memo {
  return { id, projectId, targetKind, targetId, authorId, title: '', content: '', plainText, createdAt: t1, updatedAt: t1 };
}

/** Our project: coder Ola, a small codebook, two dialogues and Ola's codings. */
export function ourProject(): OurRows {
  const p = 'p-ours';
  const one = source('o-s1', p, 'Dialog 1', texts.one, 0);
  const two = source('o-s2', p, 'Dialog 2', texts.two, 1);
  return {
    projectId: p,
    sources: [one.source, two.source],
    sourceTexts: [one.text, two.text],
    sourceEdits: [],
    codes: [
      code('o-ga', p, 'Grensearbeid', null, 'Veilederen trekker opp grensen for hva kontoret gjør.', 0),
      code('o-ty', p, 'Tydelig', 'o-ga', 'Grensen sies rett ut.', 0),
      code('o-tv', p, 'Tvetydig', 'o-ga', '', 1),
      code('o-ir', p, 'Ingen respons', null, 'Spørsmålet får ikke svar.', 1),
    ],
    codings: [
      coding('o-c1', p, 'o-s1', 'o-ty', 'o-ola', 55, 96),
      coding('o-c2', p, 'o-s2', 'o-ir', 'o-ola', 0, 34),
    ],
    coders: [coder('o-ola', p, 'Ola')],
    memos: [memo('o-m1', p, 'code', 'o-ty', 'o-ola', 'Ola: sjekk mot kodeboka.')],
    attributes: [],
  };
}

/**
 * Kari's copy of the same project (restored from a backup of ours: other ids, same texts and
 * codes), coded by Kari: one coding on the same range as Ola's, one of her own, and a memo.
 */
export function theirProject(change: (tables: TheirTables) => void = () => {}): ExchangeProject {
  const p = 'p-theirs';
  const one = source('k-s1', p, 'Dialog 1', texts.one, 0);
  const two = source('k-s2', p, 'Dialog 2', texts.two, 1);
  const tables: TheirTables = {
    sources: [one.source, two.source],
    sourceTexts: [one.text, two.text],
    codes: [
      code('k-ga', p, 'Grensearbeid', null, 'Veilederen trekker opp grensen for hva kontoret gjør.', 0),
      code('k-ty', p, 'Tydelig', 'k-ga', 'Grensen sies rett ut.', 0),
      code('k-tv', p, 'Tvetydig', 'k-ga', '', 1),
      code('k-ir', p, 'Ingen respons', null, 'Spørsmålet får ikke svar.', 1),
    ],
    codings: [
      coding('k-c1', p, 'k-s1', 'k-ty', 'k-kari', 55, 96),
      coding('k-c2', p, 'k-s2', 'k-tv', 'k-kari', 35, 82),
    ],
    coders: [coder('k-kari', p, 'Kari')],
    memos: [memo('k-m1', p, 'code', 'k-tv', 'k-kari', 'Kari: usikker på denne.')],
    messages: [],
    attributes: [],
    sourceEdits: [],
  };
  change(tables);
  const all = Object.fromEntries(backupTables.map((name) => [name, (tables as unknown as Partial<Record<string, unknown[]>>)[name] ?? []])) as BackupTables;
  return { project: { id: p, name: 'Karis kopi' } as BackupRow, tables: all };
}

export interface TheirTables {
  sources: Source[];
  sourceTexts: SourceText[];
  codes: Code[];
  codings: Coding[];
  coders: Coder[];
  memos: Memo[];
  messages: Message[];
  attributes: BackupRow[];
  sourceEdits: BackupRow[];
}

/** Our rows after the writes, as the store would hold them (for a second plan over the result). */
export function applied(ours: OurRows, writes: readonly Write[]): OurRows {
  const next = { ...ours } as unknown as Record<string, { id?: string; sourceId?: string }[]>;
  for (const w of writes) {
    const list = [...(next[w.table] ?? [])];
    const keyOf = (row: { id?: string; sourceId?: string }) => (w.table === 'sourceTexts' ? row.sourceId : row.id);
    if (w.op === 'put') list.push(w.row as { id: string });
    else if (w.op === 'update') {
      const i = list.findIndex((r) => keyOf(r) === w.key);
      list[i] = { ...list[i], ...w.patch };
    } else list.splice(list.findIndex((r) => keyOf(r) === w.key), 1);
    next[w.table] = list;
  }
  return next as unknown as OurRows;
}
