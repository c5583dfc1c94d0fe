import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import type { ImportEnvironment } from '../shared/import';

/** Decoding and hashing for imports in Node (CLI, main process, tests). */
export const nodeImportEnvironment: ImportEnvironment = {
  decode: (bytes, encoding) =>
    iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true }),
  sha256: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
};
