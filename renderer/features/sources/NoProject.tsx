import { useTranslation } from 'react-i18next';
import { routeHref } from '../../services/routes';
import { EmptyState } from '../../ui/EmptyState';

export function NoProject() {
  const { t } = useTranslation();
  return (
    <EmptyState>
      <p>{t('sources.needProject')}</p>
      <a className="button button-primary" href={routeHref('projects')}>
        {t('sources.goToProjects')}
      </a>
    </EmptyState>
  );
}
