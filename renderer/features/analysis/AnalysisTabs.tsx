import { useTranslation } from 'react-i18next';
import { routeHref } from '../../services/routes';

export type AnalysisView = 'segments' | 'thematic';

const hrefs: Record<AnalysisView, string> = {
  segments: routeHref('analysis'),
  thematic: routeHref('analysis', 'thematic'),
};

/** The ways of analysing a project, as tabs under the Analysis heading; the address names the one shown. */
export function AnalysisTabs({ current }: { current: AnalysisView }) {
  const { t } = useTranslation();
  return (
    <nav className="analysis-tabs" aria-label={t('thematic.tabs.label')}>
      {(Object.keys(hrefs) as AnalysisView[]).map((view) => (
        <a key={view} href={hrefs[view]} className="analysis-tab" aria-current={view === current ? 'page' : undefined}>
          {t(`thematic.tabs.${view}`)}
        </a>
      ))}
    </nav>
  );
}
