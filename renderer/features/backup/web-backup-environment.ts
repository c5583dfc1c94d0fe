import type { BackupEnvironment } from '../../../shared/backup';

/** UTF-8 and SHA-256 for backups in the renderer: TextEncoder and WebCrypto. */
export const webBackupEnvironment: BackupEnvironment = {
  utf8: (text) => new TextEncoder().encode(text),
  sha256: async (bytes) => {
    const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  },
};
