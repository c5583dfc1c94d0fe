import { createHash } from 'node:crypto';
import type { BackupEnvironment } from '../../../shared/backup';

/** The CLI's backup environment in tests: Buffer bytes and node:crypto. */
export const nodeBackupEnv: BackupEnvironment = {
  utf8: (text) => new TextEncoder().encode(text),
  sha256: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
};

/** The pieces of an encoded backup as the text of the file. */
export function fileText(pieces: Uint8Array[]): string {
  return Buffer.concat(pieces).toString('utf8');
}
