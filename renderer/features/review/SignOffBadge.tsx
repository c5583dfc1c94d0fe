import { useTranslation } from 'react-i18next';
import type { Code, Coding, Id } from '../../../shared/model';
import { editedSince, latestSignedOff } from '../../../shared/review';
import { useCodebookVersions } from '../../store/queries/review';

/**
 * The codebook header's line about sign-off: which version was signed, by whom, and whether the
 * codebook has been edited since (those edits belong to the next version; the signed one is frozen).
 */
export function SignOffBadge(props: { projectId: Id; codes: Code[]; codings: Coding[] }) {
  const { t, i18n } = useTranslation();
  const versions = useCodebookVersions(props.projectId);
  const signed = versions && latestSignedOff(versions);
  if (!signed?.signOff) return null;
  const date = new Date(signed.signOff.at).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  const edited = editedSince(signed, props.codes, props.codings);
  return (
    <p className="review-signoff-badge" role="status">
      {t('codebookReview.badge.signed', { name: signed.name, by: signed.signOff.by, date })}
      {edited && <> {t('codebookReview.badge.editedSince')}</>}
    </p>
  );
}
