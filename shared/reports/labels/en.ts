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
