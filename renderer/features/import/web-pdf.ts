import type { ExtractPdfText } from '../../../shared/import/environment';
import { extractPdfTextWith, type PdfjsModule } from '../../../shared/import/pdf-text';

let pdfjs: Promise<PdfjsModule> | null = null;

/**
 * PDF.js, loaded on the first PDF. Its parser normally runs in a worker of its own, loaded from
 * `GlobalWorkerOptions.workerSrc`; the parse worker is already off the UI thread, so the parser
 * module is imported here and handed to PDF.js as `globalThis.pdfjsWorker`, which makes it run
 * in this thread ("fake worker"). No extra worker URL, nothing for the CSP to allow beyond our
 * own 'self' chunks, and no eval (`isEvalSupported: false` in extractPdfTextWith).
 */
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]).then(([api, parser]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
    return api;
  });
  return pdfjs;
}

/** PDF text for the parse worker (imported only there, so the UI bundle never carries PDF.js). */
export const extractPdfText: ExtractPdfText = async (bytes) => extractPdfTextWith(await loadPdfjs(), bytes);
