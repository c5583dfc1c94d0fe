import { useTranslation } from 'react-i18next';
import type { AgreementInput } from '../../store/queries/agreement';
import type { Choices } from './AgreementChoices';

/** The results table per code and overall (filled in once shared/agreement is in the build). */
export function AgreementResults(_props: { input: AgreementInput; choices: Choices }) {
  const { t } = useTranslation();
  return <p className="lead">{t('agreement.waiting')}</p>;
}
