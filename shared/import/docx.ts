import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { readOoxmlParts } from './ooxml-parts';
import { ImportError, type ImportWarning } from './result';
import { openZip, type ZipFormat } from './zip-guard';
import { docxZipLimits } from './zip-limits';

export interface DocxText {
  /** Paragraphs separated by blank lines, as mammoth extracts them. */
  text: string;
  warnings: ImportWarning[];
}

const wordDocument: ZipFormat = {
  noun: 'a Word document',
  resave: 'Open it in Word, save it again as .docx, and import the new file.',
  limits: docxZipLimits,
};

/**
 * The parts mammoth may read for raw text: the main document, its relationships, styles,
 * numbering, notes and comments are all XML. Images and embedded files are not read for text
 * (mammoth reads an image only when converting to HTML), so they are never inflated.
 */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * The XML of a Word document, unpacked by the zip guard and free of DOCTYPEs, packed again
 * without compression. mammoth unzips with jszip, which checks sizes only after inflating: given
 * this zip, it only copies bytes whose real size the guard has already counted.
 */
function verifiedDocx(bytes: Uint8Array, fileName: string): Uint8Array<ArrayBuffer> {
  const zip = openZip(bytes, fileName, wordDocument);
  const parts = readOoxmlParts(zip, zip.names.filter(isXmlPart), fileName, wordDocument);
  return zipSync(Object.fromEntries(parts), { level: 0 });
}

/**
 * The plain text of a Word document. Mammoth's Node build reads `buffer` and its browser build
 * reads `arrayBuffer`; passing both keeps this module free of platform checks.
 */
export async function extractDocxText(bytes: Uint8Array, fileName: string): Promise<DocxText> {
  const verified = verifiedDocx(bytes, fileName);
  const arrayBuffer = verified.buffer;
  let result: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  try {
    result = await mammoth.extractRawText({ arrayBuffer, buffer: verified });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      'malformed',
      `"${fileName}" could not be read as a Word document (${detail}). ${wordDocument.resave}`,
      { code: 'docx-damaged', params: { file: fileName } },
    );
  }
  const warnings = result.messages.map((m): ImportWarning => ({
    code: 'docx-message',
    line: null,
    message: `Word document: ${m.message}`,
    // mammoth's wording is English and technical: the UI says what it means in its own words.
    params: { type: m.type, detail: m.message },
  }));
  return { text: result.value, warnings };
}
