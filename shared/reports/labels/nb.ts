import type { ReportLabels } from './en';

/** Rapportens ord på bokmål. */
export const nb: ReportLabels = {
  title: {
    stc: 'Resultater: systematisk tekstkondensering',
    thematic: 'Resultater: refleksiv tematisk analyse',
  },
  project: 'Prosjekt: {name}',
  source: 'Kilde',
  speaker: 'Taler',
  offsets: 'tegn {start}–{end}',
  condensate: 'Kondensat',
  theory: 'Møte med teori',
  definition: 'Definisjon',
  codes: 'Koder',
  appendix: {
    stcCounts: 'Vedlegg A: Kodegrupper og subgrupper',
    thematicCounts: 'Vedlegg A: Temaer og undertemaer',
    audit: 'Vedlegg B: Revisjonsspor',
  },
  table: {
    codeGroup: 'Kodegruppe',
    subgroup: 'Subgruppe',
    meaningUnits: 'Meningsbærende enheter',
    sources: 'Kilder',
    theme: 'Tema',
    subtheme: 'Undertema',
    codes: 'Koder',
    segments: 'Kodede utdrag',
    step: 'Trinn',
    phase: 'Fase',
    state: 'Status',
  },
  audit: {
    steps: 'Trinnene',
    phases: 'Fasene',
    preliminaryThemes: 'Foreløpige temaer (trinn 1)',
    mapLinks: 'Koblinger på det tematiske kartet',
    projectMemos: 'Prosjektnotater',
    none: 'Ingen.',
    untitled: 'Uten tittel',
  },
  state: {
    'not-started': 'Ikke startet',
    'in-progress': 'Pågår',
    done: 'Ferdig',
  },
  stcSteps: [
    'Helhetsinntrykk: fra villnis til temaer',
    'Meningsbærende enheter: fra temaer til koder',
    'Kondensering: fra kode til mening',
    'Sammenfatning: fra kondensering til beskrivelser og begreper',
  ],
  thematicPhases: [
    'Bli kjent med materialet',
    'Lage koder',
    'Konstruere temaer',
    'Gjennomgå temaer',
    'Definere og navngi temaer',
    'Skrive rapporten',
  ],
};
