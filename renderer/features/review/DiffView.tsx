import { useTranslation } from 'react-i18next';
import type { CodebookChange } from '../../../shared/review';

/** A readable list of what changed between two codebook versions; definitions word by word. */
export function DiffView({ changes }: { changes: CodebookChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="muted">{t('codebookReview.diff.none')}</p>;
  return (
    <ul className="review-diff" aria-label={t('codebookReview.diff.label')}>
      {changes.map((change, i) => (
        <li key={i} className={`review-diff-${change.kind}`}>
          <ChangeLine change={change} />
        </li>
      ))}
    </ul>
  );
}

function ChangeLine({ change }: { change: CodebookChange }) {
  const { t } = useTranslation();
  const top = t('codebookReview.diff.top');
  switch (change.kind) {
    case 'added':
      return <>{t('codebookReview.diff.added', { path: change.path })}</>;
    case 'removed':
      return <>{t('codebookReview.diff.removed', { path: change.path })}</>;
    case 'renamed':
      return <>{t('codebookReview.diff.renamed', { from: change.from, to: change.to })}</>;
    case 'moved':
      return <>{t('codebookReview.diff.moved', { name: change.name, from: change.fromPath || top, to: change.toPath || top })}</>;
    case 'merged':
      return <>{t('codebookReview.diff.merged', { from: change.fromPaths.join(', '), into: change.intoPath })}</>;
    case 'split':
      return <>{t('codebookReview.diff.split', { from: change.fromPath, into: change.intoPaths.join(', ') })}</>;
    case 'text':
      return (
        <>
          {t('codebookReview.diff.text', { path: change.path, field: t(`codebook.fields.${change.field}`) })}
          <p className="review-words">
            {change.parts.map((part, i) =>
              part.kind === 'added' ? (
                <ins key={i}>{part.text}</ins>
              ) : part.kind === 'removed' ? (
                <del key={i}>{part.text}</del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
        </>
      );
  }
}
