import { RestoreFlow } from './RestoreFlow';
import { useAutoBackup } from './useAutoBackup';
import './backup.css';

/** Mounted once in the app: automatic backups run, and restores can start from any screen. */
export function BackupFeatures() {
  useAutoBackup();
  return <RestoreFlow />;
}
