import type { ImportEnvironment } from './environment';
import { PdfReadError } from './pdf-text';
import { ImportError, type ImportWarning } from './result';

export interface PdfImportText {
  /** The pages that have text, separated by blank lines. */
  text: string;
  warnings: ImportWarning[];
}

const ocrHint =
  'Run text recognition (OCR) on it, for example in your scanner software or PDF reader, and import the new PDF; or copy the text into a .txt or .docx file and import that.';

function pageList(pages: number[]): string {
  return pages.length === 1 ? `Page ${pages[0]}` : `Pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`;
}

/**
 * The text of a PDF, through the platform's extractor. A PDF without any text (a scan) is an
 * error that says what to do; pages without text among pages with text are a warning, since
 * what is on them will be missing from the source.
 */
export async function readPdfText(bytes: Uint8Array, fileName: string, env: ImportEnvironment): Promise<PdfImportText> {
  if (!env.extractPdfText) {
    throw new ImportError(
      'unsupported-format',
      `"${fileName}" is a PDF, and PDF import is not available here. Copy the text into a .txt or .docx file and import that.`,
      { code: 'pdf-unavailable', params: { file: fileName } },
    );
  }
  let pages: string[];
  try {
    pages = (await env.extractPdfText(bytes)).pages;
  } catch (error) {
    if (error instanceof PdfReadError && error.kind === 'password') {
      const hint = 'Open it with the password, save or print it as a PDF without a password, and import the new file.';
      throw new ImportError('protected-file', `"${fileName}" is a password-protected PDF, so its text cannot be read. ${hint}`, {
        hint,
        code: 'pdf-protected',
        params: { file: fileName },
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    const hint = 'It may be damaged or incomplete: open it in a PDF reader, save it again as PDF, and import the new file.';
    throw new ImportError('malformed', `"${fileName}" could not be read as a PDF (${detail}). ${hint}`, {
      hint,
      code: 'pdf-damaged',
      params: { file: fileName },
    });
  }

  const empty = pages.flatMap((page, i) => (page.trim() === '' ? [i + 1] : []));
  if (empty.length === pages.length) {
    const what =
      pages.length === 1 ? 'its page is an image' : `all ${pages.length} pages are images`;
    throw new ImportError(
      'scanned-pdf',
      `"${fileName}" is a PDF without text: ${what} (a scan or a photo), so there is no text to import. ${ocrHint}`,
      { hint: ocrHint, code: 'pdf-scanned', params: { file: fileName, count: pages.length } },
    );
  }
  const warnings: ImportWarning[] =
    empty.length === 0
      ? []
      : [
          {
            code: 'pdf-no-text',
            line: null,
            message: `${pageList(empty)} of ${pages.length} ${empty.length === 1 ? 'has' : 'have'} no text (a scanned image?); what is on ${empty.length === 1 ? 'it' : 'them'} is not in the source. Run text recognition (OCR) on the PDF and import it again if you need ${empty.length === 1 ? 'that page' : 'those pages'}.`,
            params: { pages: empty.join(', '), count: empty.length, total: pages.length },
          },
        ];
  const text = pages
    .filter((page) => page.trim() !== '')
    .map((page) => page.trim())
    .join('\n\n');
  return { text, warnings };
}
