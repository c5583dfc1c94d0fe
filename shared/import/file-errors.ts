/** The errors every reader raises alike: a file that is empty, and a file that is not text at all. */
import { type BinarySignature } from './binary';
import { extensionOf } from './detect-format';
import { ImportError, type ImportErrorCode } from './result';

const imageFormats: Partial<Record<BinarySignature['kind'], string>> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF' };

/** The code for a file that is not text, by what it turned out to be (and what its name promised). */
function binaryCode(fileName: string, kind: BinarySignature['kind']): ImportErrorCode {
  const extension = extensionOf(fileName);
  if (kind !== 'ole' && kind !== 'rtf' && kind !== 'pdf') {
    if (extension === 'docx') return 'docx-damaged';
    if (extension === 'xlsx') return 'xlsx-damaged';
  }
  const codes: Record<BinarySignature['kind'], ImportErrorCode> = {
    zip: 'zip-not-document',
    pdf: 'binary-pdf',
    png: 'binary-image',
    jpeg: 'binary-image',
    gif: 'binary-image',
    ole: 'office-legacy',
    gzip: 'binary-archive',
    rtf: 'rtf-document',
    executable: 'binary-program',
    binary: 'binary-file',
  };
  return codes[kind];
}

export function binaryError(fileName: string, signature: BinarySignature): ImportError {
  const code = binaryCode(fileName, signature.kind);
  const params = { file: fileName, ...(imageFormats[signature.kind] ? { format: imageFormats[signature.kind]! } : {}) };
  if (code === 'docx-damaged' || code === 'xlsx-damaged') {
    const [what, app] = code === 'docx-damaged' ? ['a Word document', 'Word'] : ['an Excel workbook', 'Excel'];
    const hint = `Open it in ${app}: if it opens, save it again as .${extensionOf(fileName)} and import the new file; if not, use an earlier copy.`;
    return new ImportError('malformed', `"${fileName}" is not ${what} Kodebok can read: it is damaged, or it is another kind of file with a .${extensionOf(fileName)} name. ${hint}`, { hint, code, params });
  }
  const what = `"${fileName}" is ${signature.description}, not a text file.`;
  const hints: Partial<Record<BinarySignature['kind'], string>> = {
    ole: 'Open it in Word or Excel and save it as .docx or .xlsx, then import the new file. (Password-protected Word and Excel files are stored this way too: remove the password first.)',
    zip: 'It is not a Word document (.docx) or an Excel workbook (.xlsx). If it holds transcripts, unpack it and import the files inside.',
    rtf: 'Open it in Word and save it as .docx or plain text (.txt), then import the new file.',
  };
  const hint =
    hints[signature.kind] ?? 'Import transcripts and dialogues as .txt, .docx, .pdf, .vtt, .srt, .csv or .xlsx.';
  return new ImportError(signature.kind === 'rtf' ? 'unsupported-format' : 'binary-file', `${what} ${hint}`, {
    hint,
    code,
    params,
  });
}

export function emptyFileError(fileName: string): ImportError {
  return new ImportError(
    'empty-file',
    `"${fileName}" is empty. Choose the file that holds the transcript or dialogue text.`,
    { code: 'empty-file', params: { file: fileName } },
  );
}
