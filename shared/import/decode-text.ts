/** Bytes to the text Kodebok stores: the encoding detected and checked, then line endings and NULs cleaned. */
import { detectEncoding, isUnsupportedEncoding, type DetectedEncoding } from './encoding';
import type { ImportEnvironment } from './environment';
import { normaliseText, removeNul } from './normalise';
import { ImportError, type ImportWarning } from './result';

export function decodeText(
  fileName: string,
  bytes: Uint8Array,
  env: ImportEnvironment,
): { text: string; encoding: DetectedEncoding; warnings: ImportWarning[] } {
  const detected = detectEncoding(bytes);
  if (isUnsupportedEncoding(detected)) {
    throw new ImportError(
      'unreadable-encoding',
      `"${fileName}" looks like it is in the ${detected.unsupported} encoding, which Kodebok cannot read. Open it in a text editor and save it as UTF-8, then import it again.`,
      { code: 'encoding-unsupported', params: { file: fileName, encoding: detected.unsupported } },
    );
  }
  const body = bytes.subarray(detected.bomLength);
  if (detected.encoding.startsWith('UTF-16') && body.length % 2 !== 0) {
    throw new ImportError(
      'unreadable-encoding',
      `"${fileName}" claims to be ${detected.encoding} but has an odd number of bytes, so it is damaged or not UTF-16. Save it again as UTF-8 and import it again.`,
      { code: 'encoding-utf16-odd', params: { file: fileName, encoding: detected.encoding } },
    );
  }
  let decoded: string;
  try {
    decoded = env.decode(body, detected.encoding);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      'unreadable-encoding',
      `"${fileName}" could not be decoded as ${detected.encoding} (${detail}). Save it as UTF-8 and import it again.`,
      { code: 'encoding-undecodable', params: { file: fileName, encoding: detected.encoding } },
    );
  }
  const warnings: ImportWarning[] = [];
  if (detected.guessed) {
    warnings.push({
      code: 'encoding-guessed',
      line: null,
      message: `The file is not UTF-8 and has no byte-order mark; it was read as ${detected.encoding}. Check that æ, ø and å look right; if not, save the file as UTF-8 and import it again.`,
      params: { encoding: detected.encoding },
    });
  }
  if (detected.invalidUtf8) warnings.push(invalidUtf8Warning(detected.invalidUtf8));
  return { text: decoded, encoding: detected, warnings };
}

/** Names the lines of the first few bad sequences and counts them all. */
function invalidUtf8Warning({ count, lines, moreLines }: NonNullable<DetectedEncoding['invalidUtf8']>): ImportWarning {
  const where = lines.join(', ');
  return {
    code: 'invalid-utf8',
    line: lines[0] ?? null,
    message: `${count === 1 ? 'One byte sequence is' : `${count} byte sequences are`} not valid UTF-8 (${lines.length === 1 ? 'line' : 'lines'} ${where}${moreLines ? ' and later' : ''}); each was replaced by "\uFFFD". The rest of the file was read as UTF-8. Check those lines against the original.`,
    params: { lines: where, count },
  };
}

/**
 * The text as it will be stored (LF line endings, no BOM, no NUL characters) and a warning when
 * NULs were taken out.
 */
export function storedText(raw: string): { text: string; warnings: ImportWarning[] } {
  const { text, count, lines, moreLines } = removeNul(normaliseText(raw));
  if (count === 0) return { text, warnings: [] };
  const where = lines.join(', ');
  return {
    text,
    warnings: [
      {
        code: 'nul-removed',
        line: lines[0] ?? null,
        message: `${count === 1 ? 'One NUL character was' : `${count} NUL characters were`} removed (${lines.length === 1 ? 'line' : 'lines'} ${where}${moreLines ? ' and later' : ''}). They are not text; the file may be damaged or half converted, so check those lines against the original.`,
        params: { lines: where, count },
      },
    ],
  };
}
