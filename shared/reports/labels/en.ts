/**
 * The words an STC or thematic report is written with, in English. nb.ts and nn.ts must match this
 * shape (a compile error otherwise). `{name}` marks a value filled in by `fillLabel`.
 */
export const en = {
  title: {
    stc: 'Results: systematic text condensation',
    thematic: 'Results: reflexive thematic analysis',
  },
  project: 'Project: {name}',
  source: 'Source',
  speaker: 'Speaker',
  offsets: 'characters {start}–{end}',
  /** Under a code group's heading: how much of the material it rests on. */
  groupCounts: 'Meaning units: {units}, from {sources} of {total} sources',
  /** Under a theme's heading. */
  themeCounts: 'Coded segments: {segments}, from {sources} of {total} sources',
  condensate: 'Condensate',
  theory: 'Meeting theory',
  definition: 'Definition',
  codes: 'Codes',
  appendix: {
    stcCounts: 'Appendix A: Code groups and subgroups',
    thematicCounts: 'Appendix A: Themes and subthemes',
    audit: 'Appendix B: Audit trail',
  },
  table: {
    codeGroup: 'Code group',
    subgroup: 'Subgroup',
    meaningUnits: 'Meaning units',
    sources: 'Sources',
    theme: 'Theme',
    subtheme: 'Subtheme',
    codes: 'Codes',
    segments: 'Coded segments',
    step: 'Step',
    phase: 'Phase',
    state: 'State',
  },
  audit: {
    steps: 'Steps',
    phases: 'Phases',
    preliminaryThemes: 'Preliminary themes (step 1)',
    mapLinks: 'Links on the thematic map',
    projectMemos: 'Project memos',
    none: 'None.',
    untitled: 'Untitled',
  },
  state: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
  },
  /** Appendix C: the study's table reproduced from the coding beside the published values (shared/reproduce). */
  reproduce: {
    heading: 'Appendix C: The published table reproduced',
    caption: 'Responses to social-assistance matters: computed from this project’s coding and as published. A sequence (source) counts once in a row however many codings it has.',
    allMatch: 'The numbers match the published table.',
    someDifferOne: '1 row differs from the published table.',
    someDiffer: '{count} rows differ from the published table.',
    incomplete: 'Not every published value is entered, so only part of the table is compared.',
    column: { category: 'Category', computed: 'Computed', published: 'Published', difference: 'Difference', explanation: 'Explanation' },
    category: {
      sequences: 'Sequences',
      'no-written-response': 'No written response',
      'help-without-boundary-work': 'Help without boundary work',
      'boundary-work': 'Boundary work',
      clear: 'Clear boundary work',
      ambiguous: 'Ambiguous boundary work',
    },
    notCounted: 'not counted',
    notEntered: 'not entered',
    match: 'Matches',
    explanation: {
      'missing-code': 'The project has no code for “{category}” from the boundary-work codebook, so nothing is counted.',
      'not-published': 'No published value entered.',
      'overlap-counted-twice': 'A sequence can carry several codes, so the parts of “{category}” add up to more than it: {relation}.',
      'more-coded-one': 'The project has 1 more sequence with this code than published.',
      'more-coded': 'The project has {count} more sequences with this code than published.',
      'fewer-coded-one': 'The project has 1 sequence fewer with this code than published.',
      'fewer-coded': 'The project has {count} fewer sequences with this code than published.',
    },
  },
  stcSteps: [
    'Total impression: from chaos to themes',
    'Meaning units: from themes to codes',
    'Condensation: from code to meaning',
    'Synthesis: from condensation to descriptions and concepts',
  ],
  thematicPhases: [
    'Familiarisation',
    'Generating codes',
    'Constructing themes',
    'Reviewing themes',
    'Defining and naming themes',
    'Writing up',
  ],
};

/** The shape every language's catalogue has. */
export type ReportLabels = typeof en;
