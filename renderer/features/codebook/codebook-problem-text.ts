import type { TFunction } from 'i18next';
import type { CodebookProblem } from '../../../shared/codebook/problems';

/**
 * One problem of a codebook file in the UI's language: where (line and column, or the place in
 * the JSON document), then what is wrong. An unknown code falls back to a general sentence,
 * never to the parser's English message.
 */
export function codebookProblemText(t: TFunction, problem: CodebookProblem): string {
  const where =
    problem.line !== null && problem.column !== null
      ? t('codebook.fileProblem.atColumn', { line: problem.line, column: problem.column })
      : problem.line !== null
        ? t('codebook.fileProblem.atLine', { line: problem.line })
        : problem.path;
  const what = t(`codebook.fileProblem.${problem.code}`, {
    ...problem.params,
    defaultValue: t('codebook.fileProblem.invalid'),
  });
  return where ? `${where}: ${what}` : what;
}
