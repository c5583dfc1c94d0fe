import { useTranslation } from 'react-i18next';
import type { TextSpan } from '../../../shared/model';

/**
 * The header lines a transcript or thread had before its first speaker (title, date, place),
 * shown above the turns. It is part of the stored text but outside the editor, so it is neither
 * a turn nor something a coding can cover.
 */
export function SourcePreamble({ text, preamble }: { text: string; preamble: TextSpan | null | undefined }) {
  const { t } = useTranslation();
  if (!preamble || preamble.end <= preamble.start || preamble.end > text.length) return null;
  return (
    <section className="source-preamble" aria-label={t('coding.preamble')} title={t('coding.preambleHint')}>
      {text.slice(preamble.start, preamble.end)}
    </section>
  );
}
