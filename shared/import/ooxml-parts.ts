/**
 * The XML parts of an Office Open XML file (.docx, .xlsx), unpacked through the zip guard and
 * refused when one declares a document type. The Open Packaging Conventions (ECMA-376 Part 2)
 * forbid DTDs in package parts, so Word and Excel never write one, and a DOCTYPE is where
 * external entities (reading other files) and "billion laughs" (entities that expand to
 * gigabytes) live. Neither of our XML readers expands entities (saxen never does; mammoth's
 * @xmldom/xmldom 0.8 reports them as "entity not found"), but the file is refused before either
 * parser sees it, with a message that says why, rather than trusting each parser's version.
 */
import { ImportError } from './result';
import type { GuardedZip, ZipFormat } from './zip-guard';

/** Where the markup's ASCII sits: UTF-8 byte by byte, UTF-16 in every other byte (OPC allows both). */
function markupLayout(bytes: Uint8Array): { start: number; step: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { start: 2, step: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { start: 3, step: 2 };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { start: 3, step: 1 };
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return { start: 0, step: 2 };
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return { start: 1, step: 2 };
  return { start: 0, step: 1 };
}

function spells(bytes: Uint8Array, at: number, step: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    // ASCII letters compared without case: a lenient parser may accept <!doctype.
    if ((bytes[at + k * step]! | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether the part holds `<!DOCTYPE` or `<!ENTITY` anywhere (in text they would be escaped). */
export function declaresDoctype(bytes: Uint8Array): boolean {
  const { start, step } = markupLayout(bytes);
  for (let i = bytes.indexOf(0x3c, start); i !== -1; i = bytes.indexOf(0x3c, i + 1)) {
    if ((i - start) % step !== 0 || bytes[i + step] !== 0x21) continue;
    const word = i + 2 * step;
    if (spells(bytes, word, step, 'doctype') || spells(bytes, word, step, 'entity')) return true;
  }
  return false;
}

/** The named parts (those present), each inflated by the guard and free of a DOCTYPE. */
export function readOoxmlParts(
  zip: GuardedZip,
  names: readonly string[],
  fileName: string,
  format: ZipFormat,
): Map<string, Uint8Array> {
  const parts = zip.read(names);
  for (const [part, bytes] of parts) {
    if (declaresDoctype(bytes)) {
      throw new ImportError(
        'malformed',
        `"${fileName}" could not be read as ${format.noun}: ${part} has a document type declaration (<!DOCTYPE>), which Office files never have and which can make programs read other files or fill the memory. ${format.resave}`,
        { code: 'xml-doctype', params: { file: fileName, part } },
      );
    }
  }
  return parts;
}
