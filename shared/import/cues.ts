import type { SpeakerRole } from '../model';
import type { ParseOptions } from './options';
import { ImportError, type ImportedMessage, type ImportResult } from './result';
import { transcriptKind } from './transcript-kind';
import { times, type WarningList } from './warnings';

/** One speaker's words within a subtitle cue. */
export interface CueText {
  /** '' when the cue names no speaker and none came before. */
  speaker: string;
  text: string;
}

export interface Cue {
  /** Cue start and end as media time to the millisecond, "hh:mm:ss.mmm". */
  start: string;
  end: string;
  /** 1-based line of the cue's first text line. */
  line: number;
  parts: CueText[];
}

interface TurnDraft {
  speaker: string;
  timestamp: string;
  /** The end of the turn's last cue: a turn merged from several cues lasts until the last ends. */
  timestampEnd: string;
  line: number;
  words: string[];
}

/**
 * Subtitle cues → a readable transcript: consecutive cues by the same named speaker merge into
 * one turn (subtitles split sentences across cues), cues without any speaker stay one message
 * each. The source text is "Speaker: words" turns joined by blank lines; offsets cover the words.
 */
export function transcriptFromCues(
  cues: readonly Cue[],
  format: string,
  options: ParseOptions,
  roleOf: (label: string) => SpeakerRole | null,
  warnings: WarningList,
): ImportResult {
  const { title } = options;
  const drafts: TurnDraft[] = [];
  for (const cue of cues) {
    let sameCue = false;
    for (const part of cue.parts) {
      const text = part.text.replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const last = drafts[drafts.length - 1];
      // Lines of one cue always join; across cues only a named speaker's words do.
      if (last && last.speaker === part.speaker && (sameCue || part.speaker !== '')) {
        last.words.push(text);
        last.timestampEnd = cue.end;
      } else {
        drafts.push({ speaker: part.speaker, timestamp: cue.start, timestampEnd: cue.end, line: cue.line, words: [text] });
      }
      sameCue = true;
    }
  }

  let text = '';
  const messages: ImportedMessage[] = [];
  for (const d of drafts) {
    if (text !== '') text += '\n\n';
    if (d.speaker !== '') text += `${d.speaker}: `;
    const start = text.length;
    text += d.words.join(' ');
    let role = d.speaker === '' ? 'unknown' : roleOf(d.speaker);
    if (role === null) {
      warnings.addOnce(
        'unknown-speaker-label',
        d.speaker,
        d.line,
        { label: d.speaker },
        (n) =>
          `Speaker "${d.speaker}" is not a known label${times(n)}; their turns have role "unknown". Give the speaker a role if needed.`,
      );
      role = 'unknown';
    }
    messages.push({
      speaker: d.speaker,
      role,
      delay: null,
      timestamp: d.timestamp,
      timestampEnd: d.timestampEnd,
      start,
      end: text.length,
      line: d.line,
    });
  }

  const labelled = messages.some((m) => m.speaker !== '');
  if (!labelled && messages.length > 0) {
    warnings.add(
      'no-speakers-found',
      null,
      'The subtitles name no speakers; each cue was imported as a paragraph without a speaker.',
    );
  }
  // A file whose every cue was skipped would import as nothing at all: say why instead.
  if (messages.length === 0) {
    throw new ImportError(
      'malformed',
      `"${options.fileName ?? title}" has no subtitle with a readable timing line (hh:mm:ss,mmm --> hh:mm:ss,mmm), so there is nothing to import. Open it in a subtitle editor, check the timing lines, save it and import it again.`,
      { code: 'subtitles-no-cues', params: { file: options.fileName ?? title } },
    );
  }
  const kind = labelled ? transcriptKind(messages) : ('text' as const);
  return { format, sources: [{ title, kind, text, messages, preamble: null, attributes: {} }], warnings: warnings.toArray() };
}

export interface CueBlock {
  /** 0-based index of the block's first line. */
  start: number;
  lines: string[];
}

/** Subtitle files are blocks of non-blank lines separated by blank ones; yields them from `from`. */
export function* cueBlocks(lines: readonly string[], from = 0): Generator<CueBlock> {
  const blank = (i: number) => lines[i]!.trim() === '';
  let i = from;
  while (i < lines.length) {
    while (i < lines.length && blank(i)) i++;
    const start = i;
    while (i < lines.length && !blank(i)) i++;
    if (start >= lines.length) return;
    yield { start, lines: lines.slice(start, i) };
  }
}
