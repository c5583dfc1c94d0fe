import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { languages } from '../i18n';
import { useApp } from '../services/AppContext';
import { routeHref, screens, type Screen } from '../services/routes';
import type { AppSettings } from '../store/repositories/settings';
import { useOpenProject } from '../store/queries/projects';

const icons: Record<Screen, string> = {
  projects: 'M3 6h6l2 2h10v11H3z',
  sources: 'M6 3h9l4 4v14H6zM14 3v5h5',
  codebook: 'M4 5h16M4 10h10M4 15h13M4 20h8',
  analysis: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  review: 'M4 12l5 5L20 6',
};

export function Sidebar({ current }: { current: Screen }) {
  const { t } = useTranslation();
  const { settings, updateSetting } = useApp();
  const openProject = useOpenProject(settings.currentProjectId);

  return (
    <aside className="sidebar">
      <div className="brand">
        <svg viewBox="0 0 24 24" aria-hidden="true" className="brand-mark">
          <path d="M5 4h10a4 4 0 014 4v12H9a4 4 0 01-4-4z" />
          <path d="M9 9h6M9 13h4" />
        </svg>
        <div>
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <div className="current-project" aria-live="polite">
        <span className="current-project-label">{t('nav.currentProject')}</span>
        <span className="current-project-name">{openProject?.name ?? t('nav.noProject')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          {screens.map((screen, index) => (
            <li key={screen}>
              <a
                href={routeHref(screen)}
                className="nav-link"
                aria-current={screen === current ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${index + 1}`}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" className="nav-icon">
                  <path d={icons[screen]} />
                </svg>
                <span>{t(`nav.${screen}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-prefs">
        <label className="field-inline">
          <span>{t('prefs.language')}</span>
          <select
            value={settings.language}
            onChange={(e) => void updateSetting('language', e.target.value as Language)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('prefs.theme')}</span>
          <select
            value={settings.theme}
            onChange={(e) => void updateSetting('theme', e.target.value as AppSettings['theme'])}
          >
            <option value="system">{t('prefs.themeSystem')}</option>
            <option value="light">{t('prefs.themeLight')}</option>
            <option value="dark">{t('prefs.themeDark')}</option>
          </select>
        </label>
      </div>
    </aside>
  );
}
