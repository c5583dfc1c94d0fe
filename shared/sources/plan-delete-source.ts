import type {
  AnalyticText,
  Coding,
  GoldenQuote,
  Id,
  MeaningUnit,
  Memo,
  Message,
  Placement,
  Planned,
  ReadMark,
  Source,
  SourceEdit,
  ThemeQuote,
  Write,
} from '../model';

/**
 * Everything that points into one source, as the store found it. Deleting the source takes all of
 * it: nothing may be left that names text which is no longer there.
 */
export interface DeleteSourceRows {
  source: Source;
  messages: Message[];
  sourceEdits: SourceEdit[];
  codings: Coding[];
  /** Memos on the source itself and on its codings. */
  memos: Memo[];
  meaningUnits: MeaningUnit[];
  /** Placements of those meaning units in code groups. */
  placements: Placement[];
  /** Golden quotes taken from this source (their offsets point into its text). */
  goldenQuotes: GoldenQuote[];
  themeQuotes: ThemeQuote[];
  readMarks: ReadMark[];
  /** Analytic texts of the project: the source leaves their recontextualisation checklists. */
  analyticTexts: AnalyticText[];
}

/** What deleting a source takes with it: said in the confirmation before anything goes. */
export interface SourceImpact {
  codings: number;
  memos: number;
  meaningUnits: number;
  placements: number;
  goldenQuotes: number;
  themeQuotes: number;
  /** Whether the source was marked as read (STC step 1, thematic phase 1). */
  read: boolean;
}

/**
 * Deletes a source with its text, turns, typo-fix log, codings, memos on it and on its codings,
 * and the analysis built on its text: meaning units with their placements, golden quotes and
 * theme quotes from it, its read mark. Analytic texts stay, without the source in their
 * recontextualisation checklist. Rows that point at others go first, so no stored row ever names
 * a deleted one, even between writes.
 */
export function planDeleteSource(rows: DeleteSourceRows, at: { now: string }): Planned<SourceImpact> {
  const { source } = rows;
  const { projectId } = source;
  const del = (table: Write['table'], key: Id): Write => ({ op: 'delete', table, projectId, key });
  const units = new Set(rows.meaningUnits.map((u) => u.id));
  // A golden quote of a unit from this source goes even if its own offsets somehow name another.
  const goldenQuotes = rows.goldenQuotes.filter((q) => q.sourceId === source.id || units.has(q.meaningUnitId));
  const placements = rows.placements.filter((p) => units.has(p.meaningUnitId));
  const writes: Write[] = [
    ...goldenQuotes.map((q) => del('goldenQuotes', q.id)),
    ...placements.map((p) => del('placements', p.id)),
    ...rows.meaningUnits.map((u) => del('meaningUnits', u.id)),
    ...rows.themeQuotes.map((q) => del('themeQuotes', q.id)),
    ...rows.readMarks.map((r) => del('readMarks', r.id)),
    ...rows.analyticTexts
      .filter((a) => a.recontextualised.includes(source.id))
      .map(
        (a): Write => ({
          op: 'update',
          table: 'analyticTexts',
          projectId,
          key: a.id,
          patch: { recontextualised: a.recontextualised.filter((id) => id !== source.id), updatedAt: at.now },
        }),
      ),
    ...rows.memos.map((m) => del('memos', m.id)),
    ...rows.codings.map((c) => del('codings', c.id)),
    ...rows.sourceEdits.map((e) => del('sourceEdits', e.id)),
    ...rows.messages.map((m) => del('messages', m.id)),
    del('sourceTexts', source.id),
    del('sources', source.id),
  ];
  return {
    writes,
    value: {
      codings: rows.codings.length,
      memos: rows.memos.length,
      meaningUnits: rows.meaningUnits.length,
      placements: placements.length,
      goldenQuotes: goldenQuotes.length,
      themeQuotes: rows.themeQuotes.length,
      read: rows.readMarks.length > 0,
    },
  };
}
