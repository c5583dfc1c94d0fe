import { createHash } from 'node:crypto';
import type { BackupEnvironment } from '../shared/backup/environment';

/** UTF-8 and SHA-256 from Node, for checking a backup's checksum in the CLI. */
export const nodeBackupEnvironment: BackupEnvironment = {
  utf8: (text) => Buffer.from(text, 'utf8'),
  sha256: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
};
