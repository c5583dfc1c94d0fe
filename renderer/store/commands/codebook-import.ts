import type { Code, Id } from '../../../shared/model';
import type { CodebookDocument, CodebookEntry } from '../../../shared/codebook/document';
import { codeFromEntry } from '../../../shared/codebook/instantiate';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { newId, nowIso } from '../ids';
import { nextOrder, siblings } from './codes';
import type { Write } from '../../../shared/model';
import { applyWrites } from '../history/apply-writes';

export interface CodebookImportResult {
  /** Codes created. */
  added: number;
  /** Entries that matched a code already there (same name under the same parent) and were left as they were. */
  matched: number;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
}

/**
 * Adds a codebook document (an imported file or the built-in template) to a project's codebook,
 * as one undoable step. Every existing code is kept: an entry whose name matches a code
 * under the same parent is not added twice, its sub-entries go under the existing code, so adding
 * the same template again changes nothing.
 */
export function importCodebook(
  db: KodebokDb,
  history: History,
  projectId: Id,
  document: CodebookDocument,
): Promise<CodebookImportResult> {
  return history.run({ key: 'importCodebook', values: { name: document.name } }, async (rec) => {
    const codes = await db.codes.where('projectId').equals(projectId).toArray();
    const now = nowIso();
    const created: Code[] = [];
    let matched = 0;

    // Planned first, written last (see applyWrites): parents before their children.
    const plan = (entries: CodebookEntry[], parentId: Id | null): void => {
      const present = siblings(codes, parentId);
      let order = nextOrder(present);
      for (const entry of entries) {
        const existing = present.find((c) => sameName(c.name, entry.name));
        if (existing) {
          matched += 1;
          plan(entry.children, existing.id);
          continue;
        }
        const code = codeFromEntry(entry, { id: newId(), projectId, parentId, order: order++, now, colourIndex: codes.length + created.length });
        created.push(code);
        present.push(code);
        plan(entry.children, code.id);
      }
    };
    plan(document.codes, null);
    await applyWrites(
      rec,
      created.map((row): Write => ({ op: 'put', table: 'codes', projectId, row })),
    );
    return { added: created.length, matched };
  });
}
