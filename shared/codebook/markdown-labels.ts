import type { CodebookLanguage } from './document';

export type LabelledField =
  | 'language'
  | 'key'
  | 'shortName'
  | 'color'
  | 'definition'
  | 'inclusion'
  | 'exclusion'
  | 'typicalExample'
  | 'atypicalExample';

/** The labels a codebook's Markdown is written with, in its own language. */
export const markdownLabels: Record<CodebookLanguage, Record<LabelledField, string>> = {
  en: {
    language: 'Language',
    key: 'Key',
    shortName: 'Short name',
    color: 'Colour',
    definition: 'Definition',
    inclusion: 'Inclusion',
    exclusion: 'Exclusion',
    typicalExample: 'Typical example',
    atypicalExample: 'Atypical example',
  },
  nb: {
    language: 'Språk',
    key: 'Nøkkel',
    shortName: 'Kortnavn',
    color: 'Farge',
    definition: 'Definisjon',
    inclusion: 'Inklusjon',
    exclusion: 'Eksklusjon',
    typicalExample: 'Typisk eksempel',
    atypicalExample: 'Atypisk eksempel',
  },
  nn: {
    language: 'Språk',
    key: 'Nøkkel',
    shortName: 'Kortnamn',
    color: 'Farge',
    definition: 'Definisjon',
    inclusion: 'Inklusjon',
    exclusion: 'Eksklusjon',
    typicalExample: 'Typisk døme',
    atypicalExample: 'Atypisk døme',
  },
};

/** Extra spellings people write by hand; read, never written. */
const aliases: Record<string, LabelledField> = {
  color: 'color',
  'inclusion criteria': 'inclusion',
  'exclusion criteria': 'exclusion',
  inklusjonskriterier: 'inclusion',
  eksklusjonskriterier: 'exclusion',
  'typisk eksempel': 'typicalExample',
  'atypisk eksempel': 'atypicalExample',
};

/** Finds the field a label names, in any of the languages (case does not matter). */
export function fieldForLabel(label: string): LabelledField | undefined {
  const wanted = label.trim().toLowerCase();
  for (const labels of Object.values(markdownLabels))
    for (const [field, text] of Object.entries(labels))
      if (text.toLowerCase() === wanted) return field as LabelledField;
  return aliases[wanted];
}
