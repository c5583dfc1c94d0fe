/**
 * What backups need from the platform: UTF-8 bytes and SHA-256. The renderer passes TextEncoder
 * and WebCrypto, the CLI Buffer and node:crypto, so shared/ stays free of DOM and Node.
 */
export interface BackupEnvironment {
  utf8(text: string): Uint8Array;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256(bytes: Uint8Array): Promise<string>;
}
