import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onCommand } from '../../services/menu-commands';
import { useRoute } from '../../services/routes';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { DocumentView } from '../coding/DocumentView';
import { ImportPanel } from '../import/ImportPanel';
import { AttributesTable } from '../attributes/AttributesTable';
import { NoProject } from './NoProject';
import { SourceList } from './SourceList';
import { useCurrentProject } from './useCurrentProject';

export function SourcesScreen() {
  const { t } = useTranslation();
  const project = useCurrentProject();
  const route = useRoute();
  const [openPicker, setOpenPicker] = useState(0);
  useEffect(() => onCommand((c) => c === 'import' && setOpenPicker((n) => n + 1)), []);

  if (project === undefined) return null;
  if (project === null) {
    return (
      <section aria-labelledby="screen-title" className="screen">
        <ScreenHeader title={t('sources.title')} />
        <NoProject />
      </section>
    );
  }
  const sourceId = route.params[0];
  if (sourceId) return <DocumentView key={sourceId} project={project} sourceId={sourceId} />;
  return (
    <section aria-labelledby="screen-title" className="screen">
      <ScreenHeader title={t('sources.title')} />
      <ImportPanel project={project} openPicker={openPicker} />
      <SourceList project={project} />
      <section className="attributes-section" aria-labelledby="attributes-title">
        <h2 id="attributes-title" className="section-title">
          {t('attributes.title')}
        </h2>
        <p className="lead">{t('attributes.intro')}</p>
        <AttributesTable project={project} />
      </section>
    </section>
  );
}
