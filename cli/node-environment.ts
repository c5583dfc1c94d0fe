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

/**
 * Decodes as the renderer's TextDecoder does (WHATWG Encoding), so a file imports the same in the
 * app and in `cli inspect`. Node's own TextDecoder is exact for UTF-8 (one U+FFFD per bad
 * sequence) and UTF-16 (lone surrogates become U+FFFD, where iconv-lite keeps them), but reads
 * windows-1252 as Latin-1; iconv-lite has the real table, except that the five bytes cp1252 leaves
 * undefined become U+FFFD, where WHATWG keeps them as the C1 controls U+0081… (and maps the
 * ISO-8859-1 label to windows-1252).
 */
export function decodeLikeBrowsers(bytes: Uint8Array, encoding: string): string {
  const name = encoding.toLowerCase();
  if (name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be') return new TextDecoder(name).decode(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (name !== 'windows-1252' && name !== 'iso-8859-1') return iconv.decode(buffer, encoding, { stripBOM: true });
  const text = iconv.decode(buffer, 'windows-1252');
  if (!text.includes('\ufffd')) return text;
  // One byte, one character: the undefined bytes are where the replacements are.
  return Array.from(text, (c, i) => (c === '\ufffd' ? String.fromCharCode(bytes[i]!) : c)).join('');
}

/** Decoding, hashing and PDF text for imports in Node (CLI, main process, tests). */
export const nodeImportEnvironment: ImportEnvironment = {
  decode: decodeLikeBrowsers,
  sha256: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
  extractPdfText: async (bytes) => extractPdfTextWith(await loadPdfjs(), bytes),
};
