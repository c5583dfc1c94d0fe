import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Sidebar } from './Sidebar';
import { navigate, screens, useRoute, type Screen } from '../services/routes';
import { ProjectsScreen } from '../features/projects/ProjectsScreen';
import { SourcesScreen } from '../features/sources/SourcesScreen';
import { CodebookScreen } from '../features/codebook/CodebookScreen';
import { AnalysisScreen } from '../features/analysis/AnalysisScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';

const views: Record<Screen, () => React.JSX.Element | null> = {
  projects: ProjectsScreen,
  sources: SourcesScreen,
  codebook: CodebookScreen,
  analysis: AnalysisScreen,
  review: ReviewScreen,
};

export function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const firstRender = useRef(true);

  // Move focus to the new screen's heading so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('screen-title')?.focus();
  }, [route.screen]);

  // Alt+1…5 jumps between the main screens.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const index = Number(e.key) - 1;
      const screen = screens[index];
      if (screen) {
        e.preventDefault();
        navigate(screen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const View = views[route.screen];
  return (
    <div className="shell">
      {/* A button, not an anchor: the hash belongs to the router. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skipToContent')}
      </button>
      <Sidebar current={route.screen} />
      <main id="main" className="main" tabIndex={-1}>
        <View />
      </main>
    </div>
  );
}
