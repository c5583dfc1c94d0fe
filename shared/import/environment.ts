import type { PdfText } from './pdf-text';

/**
 * What the import needs from the platform. Decoding, hashing and PDF text extraction live at the
 * edges (iconv-lite, node:crypto and PDF.js's legacy build in the CLI and main process;
 * TextDecoder, SubtleCrypto and PDF.js's browser build in the renderer) so that `shared/` stays
 * free of Node and DOM APIs.
 */

/** Decode bytes (BOM already removed) in one of the encodings `detectEncoding` names. */
export type DecodeBytes = (bytes: Uint8Array, encoding: string) => string;

/** Hex SHA-256 of the original file bytes. */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;

/**
 * The text layer of a PDF, page by page (usually `extractPdfTextWith` from pdf-text.ts over the
 * platform's PDF.js). Rejects with a PdfReadError when the file is damaged or password-protected.
 */
export type ExtractPdfText = (bytes: Uint8Array) => Promise<PdfText>;

export interface ImportEnvironment {
  decode: DecodeBytes;
  sha256: Sha256;
  /** Absent where PDFs cannot be read; the import then says so instead of guessing. */
  extractPdfText?: ExtractPdfText;
}
