import type { CodebookEntry, CodebookLanguage } from './document';

/** The words of one template code in one language. */
export interface TemplateText {
  name: string;
  shortName: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  typicalExample: string;
  atypicalExample: string;
}

/** A built-in code written once in every language the app speaks. */
export interface TemplateCode {
  key: string;
  color: string;
  text: Record<CodebookLanguage, TemplateText>;
  children: TemplateCode[];
}

export function templateEntry(code: TemplateCode, language: CodebookLanguage): CodebookEntry {
  return {
    key: code.key,
    ...code.text[language],
    color: code.color,
    children: code.children.map((child) => templateEntry(child, language)),
  };
}
