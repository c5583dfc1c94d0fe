import { ImportRefiFlow } from '../exchange/ImportRefiFlow';
import { RestoreFlow } from './RestoreFlow';
import { useAutoBackup } from './useAutoBackup';
import './backup.css';

/**
 * Mounted once in the app: automatic backups run, and restores (and REFI-QDA imports, which also
 * make a new project in one write) can start from any screen.
 */
export function BackupFeatures() {
  useAutoBackup();
  return (
    <>
      <RestoreFlow />
      <ImportRefiFlow />
    </>
  );
}
