import { isUnderstood, parseDelay } from './delays';
import { LabelLineReader } from './label-line';
import type { ImportFormat } from './options';
import { matchThreadSeparator } from './separators';
import { speakerRoles, type RoleOverrides } from './speakers';

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function looksLikeWebVtt(text: string): boolean {
  return /^WEBVTT(?:[ \t\n]|$)/.test(text.slice(0, 10));
}

export function looksLikeSubRip(text: string): boolean {
  return /^\s*\d+[ \t]*\n\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}/.test(
    text.slice(0, 500),
  );
}

/** How many lines to look at: enough for any real thread, cheap on a 20 MB file. */
const sampleLines = 5000;

/**
 * Whether plain text reads as written dialogue rather than an interview transcript: dialogue
 * labels (Bruker, Veileder…), reply delays in parentheses and thread separators count for
 * dialogue; interview labels (I, IP, Informant, Moderator…) count against.
 */
export function looksLikeDialogue(text: string, roleOverrides: RoleOverrides = {}): boolean {
  const dialogueReader = new LabelLineReader('dialogue', speakerRoles(roleOverrides));
  let dialogue = 0;
  let interview = 0;
  let from = 0;
  for (let n = 0; n < sampleLines && from <= text.length; n++) {
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl === -1 ? text.length : nl);
    from = nl === -1 ? text.length + 1 : nl + 1;
    if (matchThreadSeparator(line)?.title) dialogue++;
    const head = dialogueReader.read(line);
    if (!head) continue;
    if (head.role === 'user' || head.role === 'caseworker') dialogue++;
    else if (head.role !== null) interview++;
    if (head.delayPhrase !== null && isUnderstood(parseDelay(head.delayPhrase))) dialogue++;
  }
  return dialogue > interview;
}

/** A format from the file name alone, for extensions that say it outright. */
export function formatFromExtension(fileName: string): ImportFormat | null {
  switch (extensionOf(fileName)) {
    case 'vtt':
      return 'vtt';
    case 'srt':
      return 'srt';
    case 'csv':
    case 'tsv':
      return 'csv';
    case 'docx':
      return 'docx';
    case 'pdf':
      return 'pdf';
    case 'xlsx':
      return 'xlsx';
    default:
      return null;
  }
}

/** The format of decoded text: subtitle headers win over the extension, then content decides. */
export function detectTextFormat(fileName: string, text: string, roleOverrides?: RoleOverrides): ImportFormat {
  if (looksLikeWebVtt(text)) return 'vtt';
  if (looksLikeSubRip(text)) return 'srt';
  const byExtension = formatFromExtension(fileName);
  // Word, PDF and Excel files are recognised by their bytes; text that merely carries such a name is text.
  if (byExtension === 'csv' || byExtension === 'vtt' || byExtension === 'srt') return byExtension;
  return looksLikeDialogue(text, roleOverrides) ? 'dialogue-txt' : 'transcript-txt';
}
