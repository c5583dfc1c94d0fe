import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model';
import { useApp } from '../../services/AppContext';
import { navigate } from '../../services/routes';
import { useProjects, useSourceCountsByProject } from '../../store/queries/projects';
import { useStore } from '../../store/StoreProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toasts';
import { NewProjectForm } from './NewProjectForm';
import { ProjectCard, type ProjectActions } from './ProjectCard';
import { DemoProjectButton } from './DemoProjectButton';
import { ImportRefiButton } from '../exchange/ImportRefiButton';
import { BackupsDialog } from '../backup/BackupsDialog';
import { RestoreBackupButton } from '../backup/RestoreBackupButton';
import { MergeProjectButton } from '../exchange/MergeProjectButton';

/** How long a deleted project can be brought back before it is purged. */
const undoDeleteMs = 8000;

export function ProjectsScreen() {
  const { t } = useTranslation();
  const { settings, updateSetting, reportError } = useApp();
  const { projects: lifecycle } = useStore();
  const toast = useToast();
  const [pendingDelete, setPendingDelete] = useState<Project | null>(null);
  const [backupsOf, setBackupsOf] = useState<Project | null>(null);

  const projects = useProjects();
  const sourceCounts = useSourceCountsByProject();

  const guarded =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      try {
        await fn(...args);
      } catch (error) {
        reportError(error);
      }
    };

  const open = guarded(async (project: Project) => {
    await lifecycle.markProjectOpened(project.id);
    await updateSetting('currentProjectId', project.id);
    navigate('sources');
  });

  const actions: ProjectActions = {
    open: (project) => void open(project),
    rename: guarded(async (project, name) => lifecycle.renameProject(project.id, name)),
    duplicate: guarded(async (project) => {
      await lifecycle.duplicateProject(project.id, t('projects.duplicateName', { name: project.name }));
    }),
    requestDelete: (project) => setPendingDelete(project),
    showBackups: (project) => setBackupsOf(project),
  };

  const confirmDelete = guarded(async () => {
    const project = pendingDelete;
    setPendingDelete(null);
    if (!project) return;
    await lifecycle.markProjectDeleted(project.id);
    if (settings.currentProjectId === project.id) await updateSetting('currentProjectId', null);
    const wasOpen = settings.currentProjectId === project.id;
    toast({
      message: t('projects.deleted', { name: project.name }),
      actionLabel: t('projects.undo'),
      timeoutMs: undoDeleteMs,
      onAction: () =>
        void guarded(async () => {
          await lifecycle.restoreProject(project.id);
          if (wasOpen) await updateSetting('currentProjectId', project.id);
        })(),
      onExpire: () => void guarded(() => lifecycle.purgeProject(project.id))(),
    });
  });

  return (
    <section aria-labelledby="screen-title" className="screen">
      <ScreenHeader title={t('projects.title')}>
        <RestoreBackupButton />
        <MergeProjectButton />
        <DemoProjectButton />
        <ImportRefiButton />
      </ScreenHeader>
      <p className="lead">{t('projects.intro')}</p>
      <NewProjectForm
        onCreate={guarded(async (name) => {
          // A new project is made to be worked in: open it at once, at its (empty) sources.
          const project = await lifecycle.createProject({ name });
          await lifecycle.markProjectOpened(project.id);
          await updateSetting('currentProjectId', project.id);
          navigate('sources');
        })}
      />
      <h2 className="section-title" id="project-list-title">
        {t('projects.listLabel')}
      </h2>
      {projects && projects.length === 0 && <EmptyState>{t('projects.empty')}</EmptyState>}
      <ul className="project-list" aria-labelledby="project-list-title">
        {projects?.map((p) => (
          <ProjectCard
            key={p.id}
            project={p}
            sourceCount={sourceCounts?.get(p.id) ?? 0}
            isOpen={p.id === settings.currentProjectId}
            actions={actions}
          />
        ))}
      </ul>
      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('projects.deleteConfirm', { name: pendingDelete?.name ?? '' })}
        body={t('projects.deleteConfirmHint')}
        confirmLabel={t('projects.delete')}
        cancelLabel={t('projects.cancel')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      />
      <BackupsDialog project={backupsOf} onClose={() => setBackupsOf(null)} />
    </section>
  );
}
