import { reproduceCategories, type ProjectTableName, type PublishedTable, type SourceEdit } from '../model';
import { validPublishedValue } from '../reproduce/plan-published';
import { currentText } from '../sources/current-text';
import type { ReportRows } from './rows';

/** Rows by table name, as a backup (after upgrade and repair) or the store holds them. */
export type ReportTables = Partial<Record<ProjectTableName, readonly object[]>>;

/**
 * The report's rows from a project's tables: each source with its current text (the stored text
 * with the typo-fix log applied), so quotes are cut from the text their offsets point into.
 * A source without a stored text gets an empty one (its quotes come out empty, not invented).
 * `publishedTable` is the project's (settings), for the reproduced table appendix.
 */
export function reportRowsFromTables(projectName: string, tables: ReportTables, publishedTable?: PublishedTable): ReportRows {
  const rows = <T>(name: ProjectTableName) => (tables[name] ?? []) as T[];
  const texts = new Map(
    rows<{ sourceId: string; text: string; appliedThrough?: string }>('sourceTexts').map((t) => [t.sourceId, t]),
  );
  const edits = new Map<string, SourceEdit[]>();
  for (const edit of rows<SourceEdit>('sourceEdits')) {
    const list = edits.get(edit.sourceId);
    if (list) list.push(edit);
    else edits.set(edit.sourceId, [edit]);
  }
  const sources = rows<{ id: string; title: string; order: number }>('sources').map((s) => {
    const stored = texts.get(s.id);
    return {
      id: s.id,
      title: s.title,
      order: s.order,
      text: stored ? currentText(stored, edits.get(s.id) ?? []) : '',
    };
  });
  return {
    projectName,
    sources,
    messages: rows('messages'),
    codes: rows('codes'),
    codings: rows('codings'),
    memos: rows('memos'),
    analysisSteps: rows('analysisSteps'),
    preliminaryThemes: rows('preliminaryThemes'),
    meaningUnits: rows('meaningUnits'),
    codeGroups: rows('codeGroups'),
    subgroups: rows('subgroups'),
    placements: rows('placements'),
    goldenQuotes: rows('goldenQuotes'),
    analyticTexts: rows('analyticTexts'),
    themes: rows('themes'),
    themeCodes: rows('themeCodes'),
    themeLinks: rows('themeLinks'),
    themeQuotes: rows('themeQuotes'),
    publishedTable,
  };
}

/**
 * The published values in a project row read from a backup (`settings.publishedTable`), keeping
 * only known categories with valid counts: a hand-edited backup cannot put prose in the table.
 */
export function publishedTableOf(project: unknown): PublishedTable | undefined {
  const settings = (project as { settings?: { publishedTable?: unknown } } | null)?.settings;
  const stored = settings?.publishedTable;
  if (typeof stored !== 'object' || stored === null) return undefined;
  const table: PublishedTable = {};
  for (const category of reproduceCategories) {
    const value = (stored as Record<string, unknown>)[category];
    if (typeof value !== 'number') continue;
    try {
      table[category] = validPublishedValue(value)!;
    } catch {
      // Out of range or not whole: left out, as if never entered.
    }
  }
  return table;
}
