/**
 * Text out of a PDF's text layer. PDF.js does the reading, but it is not imported here: each edge
 * (the CLI, the renderer's parse worker) loads the build that suits its platform and passes the
 * module in, so shared/ stays free of platform code and both edges lay out text the same way.
 */

/** What extraction yields: one string per page, '' for a page without text (a scanned image). */
export interface PdfText {
  pages: string[];
}

/** A positioned run of text, as PDF.js's getTextContent() reports it. */
export interface PdfTextItem {
  str?: string;
  /** [a, b, c, d, x, y]: x and y are the baseline origin in PDF points (y grows upwards). */
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** The slice of the PDF.js API this module uses; the real module fits it structurally. */
export interface PdfjsModule {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
}

interface PdfjsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<{ getTextContent(): Promise<{ items: PdfTextItem[] }>; cleanup(): unknown }>;
  destroy(): Promise<void>;
}

/** Why PDF.js could not open a file, in terms the import can explain. */
export class PdfReadError extends Error {
  readonly kind: 'password' | 'damaged';

  constructor(kind: 'password' | 'damaged', message: string) {
    super(message);
    this.name = 'PdfReadError';
    this.kind = kind;
  }
}

/**
 * Reads every page's text with the given PDF.js module. Font compilation with eval is off (only
 * text is read, and the renderer's CSP forbids it anyway). PDF.js transfers the bytes it is given
 * to its worker, so it gets a copy: the caller still hashes the original.
 */
export async function extractPdfTextWith(pdfjs: PdfjsModule, bytes: Uint8Array): Promise<PdfText> {
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: PdfjsDocument;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: unknown } | null)?.name;
    const detail = error instanceof Error ? error.message : String(error);
    throw new PdfReadError(name === 'PasswordException' ? 'password' : 'damaged', detail);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      pages.push(pageText((await page.getTextContent()).items));
      page.cleanup();
    }
    return { pages };
  } finally {
    await document.destroy();
  }
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/**
 * One page's items as text: a line per printed line, a blank line where the gap to the next line
 * is clearly wider than the page's usual line spacing (a new paragraph). Wrapped lines keep their
 * line break, as printed: the transcript parser starts a turn at any line that opens with a label.
 */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lastEnd: number | null = null;
  for (const item of items) {
    if (item.str === undefined) continue;
    const x = item.transform?.[4] ?? 0;
    const y = item.transform?.[5] ?? 0;
    const height = Math.abs(item.height ?? 0) || Math.abs(item.transform?.[3] ?? 0) || 10;
    if (current && item.str !== '' && Math.abs(current.y - y) > height / 2) {
      lines.push(current);
      current = null;
    }
    if (item.str !== '') {
      if (!current) {
        current = { text: '', y, height };
        lastEnd = null;
      }
      // PDF.js usually sends the spaces between words; add one where a run starts after a gap.
      const gap = lastEnd === null ? 0 : x - lastEnd;
      if (gap > height * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.height = Math.max(current.height, height);
      lastEnd = x + (item.width ?? 0);
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);

  const kept = lines.map((l) => ({ ...l, text: l.text.trimEnd() })).filter((l) => l.text.trim() !== '');
  // The usual line spacing is the tightest gap between full-height lines (sub- and superscript
  // runs aside); short paragraphs make wider gaps the majority, so a median would miss it. A page
  // whose paragraphs are all one line long does not show its line spacing, and double-spaced text
  // looks the same, so such a page gets no paragraph breaks: every line is kept, none is invented.
  const gaps = kept.slice(1).flatMap((l, i) => {
    const gap = kept[i]!.y - l.y;
    return gap >= l.height * 0.8 ? [gap] : [];
  });
  const usual = gaps.length > 0 ? Math.min(...gaps) : null;
  let text = '';
  kept.forEach((line, i) => {
    if (i > 0) {
      const gap = kept[i - 1]!.y - line.y;
      text += usual !== null && gap > usual * 1.35 && gap > line.height * 1.2 ? '\n\n' : '\n';
    }
    text += line.text;
  });
  return text;
}
