import type { Code, Id, PlanContext, Planned, Write } from '../model';
import type { CodebookDocument, CodebookEntry } from './document';
import { codeFromEntry } from './instantiate';
import { nextOrder, siblings } from './tree';

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
 * Adds a codebook document (an imported file or the built-in template) to a project's codebook.
 * Every existing code is kept: an entry whose name matches a code under the same parent is not
 * added twice, its sub-entries go under the existing code, so adding the same template again
 * changes nothing. Parents are written before their children.
 */
export function planCodebookImport(
  codes: Code[],
  input: { projectId: Id; document: CodebookDocument },
  at: PlanContext,
): Planned<CodebookImportResult> {
  const { projectId } = input;
  const created: Code[] = [];
  let matched = 0;
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
      const code = codeFromEntry(entry, {
        id: at.newId(),
        projectId,
        parentId,
        order: order++,
        now: at.now,
        colourIndex: codes.length + created.length,
      });
      created.push(code);
      present.push(code);
      plan(entry.children, code.id);
    }
  };
  plan(input.document.codes, null);
  return {
    writes: created.map((row): Write => ({ op: 'put', table: 'codes', projectId, row })),
    value: { added: created.length, matched },
  };
}
