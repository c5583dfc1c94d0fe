import type { TFunction } from 'i18next';
import type { CodebookProblem } from '../../../shared/codebook/problems';

export interface CodebookProblemWords {
  /** "Linje 3, kolonne 5", or a document path such as "codes[2].name"; null when the file as a whole is wrong. */
  place: string | null;
  /** The place is a path into the JSON document (shown as code), not a line. */
  isPath: boolean;
  what: string;
}

/**
 * One problem of a codebook file in the UI's language: where (line and column, or the place in
 * the JSON document) and what is wrong. An unknown code falls back to a general sentence, never to
 * the parser's English message.
 */
export function codebookProblemWords(t: TFunction, problem: CodebookProblem): CodebookProblemWords {
  const what = t(`codebook.fileProblem.${problem.code}`, {
    ...problem.params,
    defaultValue: t('codebook.fileProblem.invalid'),
  });
  if (problem.line !== null) {
    const place =
      problem.column !== null
        ? t('codebook.fileProblem.atColumn', { line: problem.line, column: problem.column })
        : t('codebook.fileProblem.atLine', { line: problem.line });
    return { place, isPath: false, what };
  }
  return { place: problem.path, isPath: problem.path !== null, what };
}

export function codebookProblemText(t: TFunction, problem: CodebookProblem): string {
  const { place, what } = codebookProblemWords(t, problem);
  return place === null ? what : `${place}: ${what}`;
}
