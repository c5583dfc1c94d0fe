import type {
  AnalysisStep,
  AnalyticText,
  CodeGroup,
  GoldenQuote,
  Id,
  MeaningUnit,
  Placement,
  PreliminaryTheme,
  ReadMark,
  Subgroup,
} from '../model';

/** What STC needs to know of a source: its id and title (for counts and the trail), its current length (to check offsets). */
export interface StcSource {
  id: Id;
  title: string;
  length: number;
}

/**
 * Every STC row of one project and its sources: what every STC plan and pure read takes.
 * The store reads it in one go (renderer/store/queries/stc.ts), so screens and commands see the same picture.
 */
export interface StcRows {
  projectId: Id;
  sources: StcSource[];
  analysisSteps: AnalysisStep[];
  readMarks: ReadMark[];
  preliminaryThemes: PreliminaryTheme[];
  meaningUnits: MeaningUnit[];
  codeGroups: CodeGroup[];
  subgroups: Subgroup[];
  placements: Placement[];
  goldenQuotes: GoldenQuote[];
  analyticTexts: AnalyticText[];
}

/** A project with no STC work yet (tests, and a fresh project). */
export function emptyStcRows(projectId: Id, sources: StcSource[] = []): StcRows {
  return {
    projectId,
    sources,
    analysisSteps: [],
    readMarks: [],
    preliminaryThemes: [],
    meaningUnits: [],
    codeGroups: [],
    subgroups: [],
    placements: [],
    goldenQuotes: [],
    analyticTexts: [],
  };
}

/** Rows in their stored order (`order`, then id so ties read the same on every replica). */
export function byOrder<T extends { order: number; id: Id }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
