/**
 * How much of a zip-based file (Word .docx, Excel .xlsx) Kodebok will unpack. A zip is checked
 * against these before anything is inflated, and the bytes actually inflated are counted while
 * streaming, so a file that lies about its sizes is stopped as early as one that tells the truth.
 *
 * The numbers, against real files (measured with `npm run cli -- inspect`, Node 20):
 * - A Word document's text is in word/document.xml. A 200-page interview is 1–5 MB of it as
 *   Word writes it; a 700,000-character transcript from a report generator that puts every turn
 *   in a table cell is 17 MB (compressed 33 : 1). mammoth, which reads .docx, holds the XML as a
 *   DOM, about 35 bytes of memory per byte of XML: 10 MB → 0.45 GB peak, 24 MB → 0.9 GB,
 *   47 MB → 1.6 GB (23 s). A browser tab gets at most 4 GB, so one part may be 48 MB (almost
 *   three times that 17 MB transcript; 20 million characters in plain paragraphs) and all
 *   parts together 64 MB.
 * - An Excel sheet is read by our own streaming reader (xlsx.ts), about 6 bytes of memory per
 *   byte of XML: a dialogue log of 500,000 messages is a 158 MB sheet and peaks at 0.9 GB.
 *   256 MB per part and 320 MB in all leave room for logs well beyond that.
 * - Ratio: Word and Excel XML compresses 5–35 : 1 (the 17 MB transcript above: 33 : 1, the
 *   500,000-message sheet 14 : 1); a zip bomb is built at 300–1000 : 1. A part that unpacks to
 *   more than 100 times its packed size is refused, but only when it unpacks to more than 8 MB,
 *   so a small, very repetitive part (styles, an empty sheet) is never refused.
 * - A docx has 10–40 entries and an xlsx one per sheet, image and chart: 10,000 is far beyond any
 *   real file and keeps the directory walk cheap. Part names are short ASCII paths
 *   ("xl/worksheets/sheet1.xml"); 512 bytes is twice the longest Windows path.
 */
export interface ZipLimits {
  /** Entries in the whole archive, checked against the count its directory declares. */
  maxEntries: number;
  /** Bytes in one entry name. */
  maxNameBytes: number;
  /** Inflated bytes of one entry that is read. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries read from one file, together. */
  maxTotalBytes: number;
  /** Largest inflated : compressed ratio of an entry bigger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

const ooxml = { maxEntries: 10_000, maxNameBytes: 512, maxRatio: 100, ratioFloorBytes: 8 * MB };

export const docxZipLimits: ZipLimits = { ...ooxml, maxEntryBytes: 48 * MB, maxTotalBytes: 64 * MB };

export const xlsxZipLimits: ZipLimits = { ...ooxml, maxEntryBytes: 256 * MB, maxTotalBytes: 320 * MB };
