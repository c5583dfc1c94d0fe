import { useTranslation } from 'react-i18next';
import { MemoPanel } from '../memos/MemoPanel';

/** The memo on one coding: why this segment got this code, doubts, links to other passages. */
export function CodingMemo({ projectId, codingId }: { projectId: string; codingId: string }) {
  const { t } = useTranslation();
  return <MemoPanel key={codingId} projectId={projectId} target={{ kind: 'coding', id: codingId }} heading={t('coding.codingMemo')} headingLevel={3} />;
}
