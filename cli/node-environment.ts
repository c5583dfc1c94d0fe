import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { extractPdfTextWith, type ImportEnvironment, type PdfjsModule } from '../shared/import';

let pdfjs: Promise<PdfjsModule> | null = null;

/**
 * PDF.js's legacy build is the one meant for Node (the modern build assumes a newer runtime than
 * Node 20). In Node it runs its parser in-process ("fake worker"), loaded next to pdf.mjs.
 * Loaded on first use, so commands that never see a PDF do not pay for it.
 */
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Decoding, hashing and PDF text for imports in Node (CLI, main process, tests). */
export const nodeImportEnvironment: ImportEnvironment = {
  decode: (bytes, encoding) =>
    iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true }),
  sha256: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
  extractPdfText: async (bytes) => extractPdfTextWith(await loadPdfjs(), bytes),
};
