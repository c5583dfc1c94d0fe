/**
 * What the import needs from the platform. Decoding and hashing live at the edges (iconv-lite and
 * node:crypto in the CLI and main process, TextDecoder and SubtleCrypto in the browser) so that
 * `shared/` stays free of Node and DOM APIs.
 */

/** Decode bytes (BOM already removed) in one of the encodings `detectEncoding` names. */
export type DecodeBytes = (bytes: Uint8Array, encoding: string) => string;

/** Hex SHA-256 of the original file bytes. */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;

export interface ImportEnvironment {
  decode: DecodeBytes;
  sha256: Sha256;
}
