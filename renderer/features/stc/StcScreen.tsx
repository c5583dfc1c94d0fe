import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useStcRows } from '../../store/queries/stc';
import { NoProject } from '../sources/NoProject';
import { useCurrentProject } from '../sources/useCurrentProject';
import { CondensationStep } from './condensation/CondensationStep';
import { StcReportExport } from './report/StcReportExport';
import { SynthesisStep } from './synthesis/SynthesisStep';

/** Minimal wiring (stcui2, for its e2e): steps 3 and 4 and the report button. stcui1's step tracker replaces this at merge. */
export function StcScreen({ step }: { step: number }) {
  const { t } = useTranslation();
  const project = useCurrentProject();
  const rows = useStcRows(project?.id ?? '');
  if (project === undefined) return null;
  return (
    <section aria-labelledby="screen-title" className="screen screen-wide">
      <ScreenHeader title={t('nav.analysis')}>{project && <StcReportExport projectId={project.id} />}</ScreenHeader>
      {project === null ? (
        <NoProject />
      ) : rows === undefined ? null : step === 4 ? (
        <SynthesisStep projectId={project.id} rows={rows} />
      ) : (
        <CondensationStep projectId={project.id} rows={rows} />
      )}
    </section>
  );
}
