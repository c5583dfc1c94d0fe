import { useTranslation } from 'react-i18next';

/** The memo on a coding; the memo editor arrives with the memos feature. */
export function CodingMemo({ projectId, codingId }: { projectId: string; codingId: string }) {
  const { t } = useTranslation();
  return <p className="muted" data-project={projectId} data-coding={codingId}>{t('coding.memoSoon')}</p>;
}
