import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model';
import { formatDateTime } from '../../i18n/format';

export interface ProjectActions {
  open(project: Project): void;
  rename(project: Project, name: string): Promise<void>;
  duplicate(project: Project): Promise<void>;
  requestDelete(project: Project): void;
  showBackups(project: Project): void;
}

export function ProjectCard(props: {
  project: Project;
  sourceCount: number;
  isOpen: boolean;
  actions: ProjectActions;
}) {
  const { t, i18n } = useTranslation();
  const { project, actions } = props;
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(project.name);
  const headingId = `project-${project.id}`;

  return (
    <li className={props.isOpen ? 'card project-card is-open' : 'card project-card'} aria-labelledby={headingId}>
      <div className="project-card-main">
        {renaming ? (
          <form
            className="form-row"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!draft.trim()) return;
              await actions.rename(project, draft);
              setRenaming(false);
            }}
          >
            <label className="field">
              <span className="visually-hidden">{t('projects.renameLabel', { name: project.name })}</span>
              <input
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                maxLength={200}
                autoFocus
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setRenaming(false);
                }}
              />
            </label>
            <button type="submit" className="button button-primary">
              {t('projects.save')}
            </button>
            <button type="button" className="button" onClick={() => setRenaming(false)}>
              {t('projects.cancel')}
            </button>
          </form>
        ) : (
          <h3 id={headingId} className="project-name">
            {project.name}
            {project.isDemo && <span className="badge">{t('projects.demoBadge')}</span>}
            {props.isOpen && <span className="badge badge-accent">{t('projects.opened')}</span>}
          </h3>
        )}
        <p className="project-meta">
          <span>{t('projects.sources', { count: props.sourceCount })}</span>
          <span>
            {project.lastOpenedAt
              ? t('projects.lastOpened', { when: formatDateTime(project.lastOpenedAt, i18n.language) })
              : t('projects.neverOpened')}
          </span>
        </p>
      </div>
      {!renaming && (
        <div className="project-card-actions">
          <button type="button" className="button button-primary" onClick={() => actions.open(project)}>
            {t('projects.open')}
            <span className="visually-hidden"> {project.name}</span>
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(project.name);
              setRenaming(true);
            }}
          >
            {t('projects.rename')}
            <span className="visually-hidden"> {project.name}</span>
          </button>
          <button type="button" className="button" onClick={() => void actions.duplicate(project)}>
            {t('projects.duplicate')}
            <span className="visually-hidden"> {project.name}</span>
          </button>
          <button type="button" className="button" onClick={() => actions.showBackups(project)}>
            {t('backup.list')}
            <span className="visually-hidden"> {project.name}</span>
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => actions.requestDelete(project)}>
            {t('projects.delete')}
            <span className="visually-hidden"> {project.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
