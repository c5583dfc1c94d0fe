import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { NoProject } from '../sources/NoProject';
import { useCurrentProject } from '../sources/useCurrentProject';
import { AgreementSection } from '../agreement/AgreementSection';

/** Gjennomgang: the supervisor's and the team's screen. Each part is a component of its own, mounted here. */
export function ReviewScreen() {
  const { t } = useTranslation();
  const project = useCurrentProject();
  if (project === undefined) return null;
  return (
    <section aria-labelledby="screen-title" className="screen screen-wide review-screen">
      <ScreenHeader title={t('review.title')} />
      {project === null ? <NoProject /> : <AgreementSection project={project} />}
    </section>
  );
}
