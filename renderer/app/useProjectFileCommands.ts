import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeBackup } from '../../shared/backup';
import { writeProjectBackup } from '../features/backup/write-project-backup';
import { webBackupEnvironment } from '../features/backup/web-backup-environment';
import { useToast } from '../ui/Toasts';
import { useApp } from '../services/AppContext';
import { useStore } from '../store/StoreProvider';
import { onCommand } from '../services/menu-commands';

function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'prosjekt';
}

/**
 * File > Back up now and File > Export…: the open project as a versioned JSON document with its
 * checksum. Back up now goes where the automatic backups go (and the browser also downloads it);
 * Export asks where to save.
 */
export function useProjectFileCommands(): void {
  const { t } = useTranslation();
  const { bridge, settings, reportError } = useApp();
  const { backups } = useStore();
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
          if (command === 'backup-now') {
            const saved = await writeProjectBackup(backups, bridge, projectId, { keep: settings.backupsToKeep, manual: true });
            toast({ message: t('files.backedUp', { file: saved.fileName, folder: saved.folder || t('files.downloads') }) });
          } else {
            const backup = await backups.readBackup(projectId);
            const { pieces, sizeBytes } = await encodeBackup(backup, webBackupEnvironment);
            const data = new Uint8Array(sizeBytes);
            pieces.reduce((offset, piece) => (data.set(piece, offset), offset + piece.byteLength), 0);
            const saved = await bridge.saveFile({
              suggestedName: `${safeFileName(String(backup.project.name))}.kodebok.json`,
              filters: [{ name: 'Kodebok', extensions: ['json'] }],
              data,
            });
            if (saved.saved) toast({ message: t('files.exported', { file: saved.fileName }) });
          }
        } catch (error) {
          reportError(error);
        }
      }),
    [backups, bridge, settings.currentProjectId, settings.backupsToKeep, reportError, toast, t],
  );
}
