import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { backupProject } from '../store/backup';
import { useToast } from '../ui/Toasts';
import { useApp } from './AppContext';
import { onCommand } from './commands';

function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'prosjekt';
}

/** File > Back up now and File > Export…: the open project as a versioned JSON document. */
export function useProjectFileCommands(): void {
  const { t } = useTranslation();
  const { db, bridge, settings, reportError } = useApp();
  const toast = useToast();
  useEffect(
    () =>
      onCommand(async (command) => {
        if (command !== 'backup-now' && command !== 'export') return;
        const projectId = settings.currentProjectId;
        if (!projectId) {
          toast({ message: t('sources.needProject') });
          return;
        }
        try {
          const backup = await backupProject(db, projectId);
          const name = (backup.project as { name: string }).name;
          const json = JSON.stringify(backup);
          if (command === 'backup-now') {
            const saved = await bridge.writeBackup(name, json);
            toast({ message: t('files.backedUp', { file: saved.fileName, folder: saved.folder || t('files.downloads') }) });
          } else {
            const saved = await bridge.saveFile({
              suggestedName: `${safeFileName(name)}.kodebok.json`,
              filters: [{ name: 'Kodebok', extensions: ['json'] }],
              data: json,
            });
            if (saved.saved) toast({ message: t('files.exported', { file: saved.fileName }) });
          }
        } catch (error) {
          reportError(error);
        }
      }),
    [db, bridge, settings.currentProjectId, reportError, toast, t],
  );
}
