import type { ReportLabels } from './en';

/** Orda i rapporten på nynorsk. */
export const nn: ReportLabels = {
  title: {
    stc: 'Resultat: systematisk tekstkondensering',
    thematic: 'Resultat: refleksiv tematisk analyse',
  },
  project: 'Prosjekt: {name}',
  source: 'Kjelde',
  speaker: 'Talar',
  offsets: 'teikn {start}–{end}',
  condensate: 'Kondensat',
  theory: 'Møte med teori',
  definition: 'Definisjon',
  codes: 'Kodar',
  appendix: {
    stcCounts: 'Vedlegg A: Kodegrupper og subgrupper',
    thematicCounts: 'Vedlegg A: Tema og undertema',
    audit: 'Vedlegg B: Revisjonsspor',
  },
  table: {
    codeGroup: 'Kodegruppe',
    subgroup: 'Subgruppe',
    meaningUnits: 'Meiningsberande einingar',
    sources: 'Kjelder',
    theme: 'Tema',
    subtheme: 'Undertema',
    codes: 'Kodar',
    segments: 'Koda utdrag',
    step: 'Steg',
    phase: 'Fase',
    state: 'Status',
  },
  audit: {
    steps: 'Stega',
    phases: 'Fasane',
    preliminaryThemes: 'Førebelse tema (steg 1)',
    mapLinks: 'Koplingar på det tematiske kartet',
    projectMemos: 'Prosjektnotat',
    none: 'Ingen.',
    untitled: 'Utan tittel',
  },
  state: {
    'not-started': 'Ikkje starta',
    'in-progress': 'Held på',
    done: 'Ferdig',
  },
  stcSteps: [
    'Heilskapsinntrykk: frå villnis til tema',
    'Meiningsberande einingar: frå tema til kodar',
    'Kondensering: frå kode til meining',
    'Samanfatning: frå kondensering til skildringar og omgrep',
  ],
  thematicPhases: [
    'Bli kjend med materialet',
    'Lage kodar',
    'Konstruere tema',
    'Gå gjennom tema',
    'Definere og namngje tema',
    'Skrive rapporten',
  ],
};
