import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../services/AppContext';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { AutoBackupScheduler } from './auto-backup';
import { writeProjectBackup } from './write-project-backup';

/**
 * Automatic backups of the open project: after changes (see AutoBackupScheduler for how often),
 * when Electron closes the window (main waits briefly for it), and, in the browser, when the tab
 * is hidden, the closest a page gets to "on quit".
 */
export function useAutoBackup(): void {
  const { t } = useTranslation();
  const { bridge, settings } = useApp();
  const { projects, backups, watchers } = useStore();
  const toast = useToast();
  // Read at the moment of a change or a write, so the scheduler (and what is due) survives
  // switching projects, languages or the number of backups to keep.
  const latest = useRef({ projectId: settings.currentProjectId, keep: settings.backupsToKeep, t, toast });
  useEffect(() => {
    latest.current = { projectId: settings.currentProjectId, keep: settings.backupsToKeep, t, toast };
  });

  useEffect(() => {
    const scheduler = new AutoBackupScheduler({
      write: async (projectId) => {
        // A project deleted since its change has nothing left to back up.
        if (!(await projects.getProject(projectId))) return;
        await writeProjectBackup(backups, bridge, projectId, { keep: latest.current.keep });
      },
      onError: (error, projectId) => {
        console.error('Automatic backup failed:', error);
        void projects.getProject(projectId).then((project) =>
          latest.current.toast({
            message: latest.current.t('backup.autoFailed', { name: project?.name ?? '' }),
            timeoutMs: 15_000,
          }),
        );
      },
    });
    const stopChanges = watchers.onProjectDataChanged(() => {
      const projectId = latest.current.projectId;
      if (projectId) scheduler.changed(projectId);
    });
    const stopQuit = bridge.onQuitBackupRequest(() => scheduler.flush());
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void scheduler.flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      stopChanges();
      stopQuit();
      document.removeEventListener('visibilitychange', onHidden);
      scheduler.dispose();
    };
  }, [projects, backups, watchers, bridge]);
}
