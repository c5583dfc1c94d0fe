import { encodeBackup } from '../../../shared/backup';
import type { WriteBackupResult } from '../../../shared/ipc/contract';
import type { PlatformBridge } from '../../platform';
import type { BackupActions } from '../../store/actions/backups';
import { webBackupEnvironment } from './web-backup-environment';

/**
 * Reads the project, encodes it with its checksum, and hands the pieces to the platform, which
 * streams them to the backups folder (Electron) or the browser's backup store.
 */
export async function writeProjectBackup(
  backups: BackupActions,
  bridge: PlatformBridge,
  projectId: string,
  options: { keep: number; manual?: boolean },
): Promise<WriteBackupResult & { projectName: string }> {
  const backup = await backups.readBackup(projectId);
  const projectName = String(backup.project.name);
  const { pieces } = await encodeBackup(backup, webBackupEnvironment);
  const saved = await bridge.writeBackup({ projectId, projectName }, pieces, options);
  return { ...saved, projectName };
}
