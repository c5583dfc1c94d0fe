import type { ImportEnvironment } from '../../../shared/import/environment';

/**
 * Decoding and hashing in the renderer (window or worker). Chromium's TextDecoder implements the
 * WHATWG windows-1252 table exactly (ISO-8859-1 is decoded as windows-1252, as browsers do), and,
 * not fatal, puts one U+FFFD for each bad UTF-8 sequence: the count the import's warning reports.
 * The CLI's `decodeLikeBrowsers` does the same in Node.
 */
export const webImportEnvironment: ImportEnvironment = {
  decode: (bytes, encoding) => new TextDecoder(encoding.toLowerCase(), { fatal: false }).decode(bytes),
  sha256: async (bytes) => {
    const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  },
};
