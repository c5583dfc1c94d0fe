import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model';
import { EmptyState } from '../../ui/EmptyState';

/** Reflexive thematic analysis arrives from another helper; until then the tab says what will live here. */
export function ThematicPlaceholder(_props: { project: Project }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="screen-subtitle">{t('analysis.tab.thematic')}</h2>
      <EmptyState>{t('analysis.thematicPlaceholder')}</EmptyState>
    </>
  );
}
