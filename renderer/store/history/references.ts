import type { WriteTable } from '../../../shared/model';
import type { KodebokDb } from '../db';

type Count = (db: KodebokDb, keys: string[]) => Promise<number>;

const by = (table: keyof KodebokDb & string, index: string): Count => (db, keys) => db.table(table).where(index).anyOf(keys).count();
const memosOn = (kind: string): Count => (db, keys) => db.memos.where('[targetKind+targetId]').anyOf(keys.map((k) => [kind, k])).count();

/** Who points at rows of a table, each by an index (so the check reads no rows). */
const pointers: Partial<Record<WriteTable, Count[]>> = {
  sources: [by('codings', 'sourceId'), by('meaningUnits', 'sourceId'), memosOn('source')],
  codes: [by('codings', 'codeId'), by('codes', 'parentId'), by('themeCodes', 'codeId'), memosOn('code')],
  codings: [by('meaningUnits', 'codingId'), memosOn('coding')],
  meaningUnits: [by('placements', 'meaningUnitId'), by('goldenQuotes', 'meaningUnitId')],
  codeGroups: [by('placements', 'codeGroupId'), by('subgroups', 'codeGroupId')],
  subgroups: [by('goldenQuotes', 'subgroupId')],
  themes: [by('themes', 'parentId'), by('themeCodes', 'themeId'), by('themeQuotes', 'themeId')],
};

/**
 * Whether any stored row still points at one of the rows an undo or redo has just deleted (called
 * in its transaction, after all its writes): a step removes what hangs on its rows itself, so what
 * is left was written since, by another step or another window — a memo written on a coding in the
 * other window, say. Deleting would leave it pointing at nothing, so the step is refused instead.
 */
export async function anyLeftPointing(db: KodebokDb, deleted: ReadonlyMap<WriteTable, string[]>): Promise<WriteTable | null> {
  for (const [table, keys] of deleted) {
    for (const count of pointers[table] ?? []) if ((await count(db, keys)) > 0) return table;
  }
  return null;
}
