import type { RefiWarning, UnplacedSelection } from './report';

/** A report warning in English, for the CLI (the app translates the code and params). */
export function refiWarningMessage({ code, params: p }: RefiWarning): string {
  switch (code) {
    case 'source-file-missing':
      return `The source "${p.source}" names ${p.path}, which is not in the file: it was left out, with its codings.`;
    case 'source-external':
      return `The source "${p.source}" lies outside the file (${p.path}): it was left out, with its codings.`;
    case 'source-no-plain-text':
      return `The source "${p.source}" has no plain text in the file: it was left out, with its codings.`;
    case 'source-unreadable':
      return `The text of "${p.source}" could not be read (${p.detail}): it was left out, with its codings.`;
    case 'source-encoding-guessed':
      return `The text of "${p.source}" is not UTF-8 and has no byte-order mark; it was read as ${p.encoding}. Check that special letters look right.`;
    case 'source-invalid-utf8':
      return `The text of "${p.source}" has ${p.count} byte sequences that are not UTF-8; each was replaced by "\uFFFD".`;
    case 'source-not-text':
      return `"${p.source}" is a ${p.kind} source with ${p.selections} selections: Kodebok codes text only, so it is not a source to code.`;
    case 'unknown-code':
      return `${p.count} codings name a code the codebook does not have (${p.code}): they were left out.`;
    case 'unknown-user':
      return `Codings or notes name a user the file does not list (${p.user}): a coder was made for them.`;
    case 'unknown-note':
      return `${p.count} references name a note the file does not have (${p.note}): they were left out.`;
    case 'unknown-source':
      return `The case "${p.case}" names a source the file does not have (${p.source}).`;
    case 'sets-as-memos':
      return `${p.count} sets were brought in as memos on the project, one per set, naming their codes and sources.`;
    case 'extension-not-read':
      return p.problem === 'newer-version'
        ? 'The file holds Kodebok data from a newer version of Kodebok: only what REFI-QDA holds was read. Update Kodebok to read the rest.'
        : 'The file holds Kodebok data that could not be read: only what REFI-QDA holds was read.';
    case 'attachment-not-read':
      return `"${p.source}" is too large to keep inside the project (${p.detail}); it is listed without its file.`;
    case 'selections-unplaced':
      return `${p.count} selections could not be placed in their text and were left out; each is listed.`;
  }
}

const reasons: Record<UnplacedSelection['reason'], string> = {
  'outside-text': 'outside the text',
  'inside-surrogate-pair': 'a boundary splits a character (emoji)',
  'quote-mismatch': 'the quoted text differs from the text there',
  empty: 'empty',
  'source-missing': 'its source is not in the file',
};

/** Why a selection was not placed, in English. */
export function unplacedReasonText(reason: UnplacedSelection['reason']): string {
  return reasons[reason];
}
