import type { CodebookDocument, CodebookLanguage } from './document';
import { framingCodes } from './boundary-work/framing';
import { positionCodes } from './boundary-work/positions';
import { responseCodes } from './boundary-work/response';
import { strategyCodes } from './boundary-work/strategies';
import { templateEntry } from './template-code';

const names: Record<CodebookLanguage, string> = {
  en: 'Boundary work in welfare-service dialogues',
  nb: 'Grensearbeid i dialoger med velferdstjenester',
  nn: 'Grensearbeid i dialogar med velferdstenester',
};

/**
 * The built-in codebook for studies of boundary work in written welfare-service dialogues
 * (METHODS.md): how caseworkers respond when users raise social-assistance matters in the activity
 * plan, the clear and ambiguous strategies, the positions (footings) taken, and Goffman's lenses.
 * Every code carries a `key` (language-independent), which the demo coding key refers to.
 */
export function boundaryWorkTemplate(language: CodebookLanguage): CodebookDocument {
  return {
    format: 'kodebok-codebook',
    version: 1,
    name: names[language],
    language,
    codes: [responseCodes, strategyCodes, positionCodes, framingCodes].map((code) => templateEntry(code, language)),
  };
}
