import type { ProjectTableName, SourceEdit } from '../model';
import { currentText } from '../sources/current-text';
import type { ReportRows } from './rows';

/** Rows by table name, as a backup (after upgrade and repair) or the store holds them. */
export type ReportTables = Partial<Record<ProjectTableName, readonly object[]>>;

/**
 * The report's rows from a project's tables: each source with its current text (the stored text
 * with the typo-fix log applied), so quotes are cut from the text their offsets point into.
 * A source without a stored text gets an empty one (its quotes come out empty, not invented).
 */
export function reportRowsFromTables(projectName: string, tables: ReportTables): ReportRows {
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
  };
}
