import { useTranslation } from 'react-i18next';
import { routeHref, useRoute } from '../../services/routes';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ChartsPanel } from '../charts/ChartsPanel';
import { ExportPanel } from '../exchange/ExportPanel';
import { ReproducePanel } from '../reproduce/ReproducePanel';
import { RetrievalPanel } from '../retrieval/RetrievalScreen';
import { SearchPanel } from '../search/SearchPanel';
import { NoProject } from '../sources/NoProject';
import { useCurrentProject } from '../sources/useCurrentProject';
import { StcScreen } from '../stc/StcScreen';
import { ThematicPanel } from '../thematic/ThematicPanel';
import './analysis.css';

type AnalysisTab = 'segments' | 'search' | 'stc' | 'thematic' | 'charts' | 'reproduce' | 'export';

const tabs: readonly AnalysisTab[] = ['segments', 'search', 'stc', 'thematic', 'charts', 'reproduce', 'export'];

/** `#/analysis` (coded segments), `#/analysis/search`, `#/analysis/stc/<1-4>`, `#/analysis/thematic`, `#/analysis/charts/<kind>`, `#/analysis/reproduce`, `#/analysis/export`: the URL keeps the place on reload. */
function tabOf(params: string[]): AnalysisTab {
  return tabs.find((tab) => tab !== 'segments' && tab === params[0]) ?? 'segments';
}

const tabHref: Record<AnalysisTab, string> = {
  segments: routeHref('analysis'),
  search: routeHref('analysis', 'search'),
  stc: routeHref('analysis', 'stc'),
  thematic: routeHref('analysis', 'thematic'),
  charts: routeHref('analysis', 'charts'),
  reproduce: routeHref('analysis', 'reproduce'),
  export: routeHref('analysis', 'export'),
};

/**
 * The Analysis hub: one heading, a row of the ways to analyse, and the chosen one below. The tabs
 * are links (each view has its own address), marked with aria-current like the sidebar.
 */
export function AnalysisScreen() {
  const { t } = useTranslation();
  const project = useCurrentProject();
  const route = useRoute();
  if (project === undefined) return null;
  const tab = tabOf(route.params);
  return (
    <section aria-labelledby="screen-title" className="screen screen-wide">
      <ScreenHeader title={t('nav.analysis')} />
      <nav className="analysis-tabs" aria-label={t('analysis.tabsLabel')}>
        <ul>
          {tabs.map((key) => (
            <li key={key}>
              <a href={tabHref[key]} className="analysis-tab" aria-current={tab === key ? 'page' : undefined}>
                {key === 'export' ? t('exchangeExport.tab') : t(`analysis.tab.${key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {project === null ? (
        <NoProject />
      ) : tab === 'search' ? (
        <SearchPanel key={project.id} project={project} />
      ) : tab === 'stc' ? (
        <StcScreen project={project} step={Number(route.params[1])} />
      ) : tab === 'thematic' ? (
        <ThematicPanel key={project.id} project={project} />
      ) : tab === 'charts' ? (
        <ChartsPanel key={project.id} project={project} kindParam={route.params[1]} />
      ) : tab === 'reproduce' ? (
        <ReproducePanel key={project.id} project={project} />
      ) : tab === 'export' ? (
        <ExportPanel key={project.id} project={project} />
      ) : (
        <RetrievalPanel project={project} />
      )}
    </section>
  );
}
