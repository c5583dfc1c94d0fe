import type { CodebookLanguage } from '../codebook/document';
import { markdownLabels } from '../codebook/markdown-labels';
import type { CodeTextField } from './snapshot';

export interface PackageLabels {
  title: string;
  intro: string;
  noScript: string;
  examples: string;
  noExamples: string;
  yourComment: string;
  yourName: string;
  save: string;
  fields: Record<CodeTextField, string>;
}

/** The words a review package is written with, in the codebook's language (read outside Kodebok). */
export const packageLabels: Record<CodebookLanguage, PackageLabels> = {
  en: {
    title: 'Codebook for review',
    intro: 'Read the codes, their definitions and examples. Write comments in the boxes and save them as a file to send back.',
    noScript: 'Scripts are off: the page can be read, but comments cannot be saved from it. Send your comments by e-mail instead.',
    examples: 'Examples',
    noExamples: 'No coded examples.',
    yourComment: 'Your comment',
    yourName: 'Your name',
    save: 'Save comments as a file',
    fields: pick('en'),
  },
  nb: {
    title: 'Kodebok til gjennomgang',
    intro: 'Les kodene, definisjonene og eksemplene. Skriv kommentarer i feltene og lagre dem som en fil du sender tilbake.',
    noScript: 'Skript er slått av: siden kan leses, men kommentarer kan ikke lagres herfra. Send heller kommentarene på e-post.',
    examples: 'Eksempler',
    noExamples: 'Ingen kodede eksempler.',
    yourComment: 'Din kommentar',
    yourName: 'Ditt navn',
    save: 'Lagre kommentarene som fil',
    fields: pick('nb'),
  },
  nn: {
    title: 'Kodebok til gjennomgang',
    intro: 'Les kodane, definisjonane og døma. Skriv kommentarar i felta og lagra dei som ei fil du sender tilbake.',
    noScript: 'Skript er slått av: sida kan lesast, men kommentarar kan ikkje lagrast herifrå. Send heller kommentarane på e-post.',
    examples: 'Døme',
    noExamples: 'Ingen koda døme.',
    yourComment: 'Kommentaren din',
    yourName: 'Namnet ditt',
    save: 'Lagra kommentarane som fil',
    fields: pick('nn'),
  },
};

function pick(language: CodebookLanguage): Record<CodeTextField, string> {
  const l = markdownLabels[language];
  return {
    definition: l.definition,
    inclusion: l.inclusion,
    exclusion: l.exclusion,
    typicalExample: l.typicalExample,
    atypicalExample: l.atypicalExample,
  };
}
