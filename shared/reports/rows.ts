import type {
  AnalysisStep,
  AnalyticText,
  Code,
  CodeGroup,
  Coding,
  GoldenQuote,
  MeaningUnit,
  Memo,
  Message,
  Placement,
  PreliminaryTheme,
  PublishedTable,
  Subgroup,
  Theme,
  ThemeCode,
  ThemeLink,
  ThemeQuote,
} from '../model';

/** A source as a report needs it: its title and its CURRENT text (typo fixes applied), which every offset points into. */
export interface ReportSource {
  id: string;
  title: string;
  order: number;
  text: string;
}

/**
 * Everything a report is built from, as plain rows: what the app reads from its store and what
 * `cli report` reads from a backup (reportRowsFromTables). Builders only read it.
 */
export interface ReportRows {
  projectName: string;
  sources: ReportSource[];
  /** For the speaker of a quote: the message covering the quote's start. */
  messages: Pick<Message, 'sourceId' | 'speaker' | 'start' | 'end'>[];
  codes: Code[];
  codings: Coding[];
  memos: Memo[];
  analysisSteps: AnalysisStep[];
  preliminaryThemes: PreliminaryTheme[];
  meaningUnits: MeaningUnit[];
  codeGroups: CodeGroup[];
  subgroups: Subgroup[];
  placements: Placement[];
  goldenQuotes: GoldenQuote[];
  analyticTexts: AnalyticText[];
  themes: Theme[];
  themeCodes: ThemeCode[];
  themeLinks: ThemeLink[];
  themeQuotes: ThemeQuote[];
  /** The published values entered in Analysis ▸ Reproduce (project settings); the report reproduces the table beside them. */
  publishedTable?: PublishedTable;
}
