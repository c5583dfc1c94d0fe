import mammoth from 'mammoth';
import { ImportError, type ImportWarning } from './result';

export interface DocxText {
  /** Paragraphs separated by blank lines, as mammoth extracts them. */
  text: string;
  warnings: ImportWarning[];
}

/**
 * The plain text of a Word document. Mammoth's Node build reads `buffer` and its browser build
 * reads `arrayBuffer`; passing both keeps this module free of platform checks.
 */
export async function extractDocxText(bytes: Uint8Array, fileName: string): Promise<DocxText> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let result: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  try {
    result = await mammoth.extractRawText({ arrayBuffer, buffer: bytes });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      'malformed',
      `"${fileName}" could not be read as a Word document (${detail}). Open it in Word, save it again as .docx, and import the new file.`,
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
