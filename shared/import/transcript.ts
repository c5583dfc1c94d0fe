import { LabelLineReader } from './label-line';
import { splitLines } from './lines';
import type { ParseOptions } from './options';
import type { ImportedMessage, ImportedPreamble, ImportResult } from './result';
import { speakerRoles } from './speakers';
import { transcriptKind } from './transcript-kind';
import { messagesFromTurns } from './turn-messages';
import { takePreamble } from './preamble';
import { nonBlankRange, scanParagraphs, scanTurns } from './turns';
import { WarningList } from './warnings';

/**
 * Interview and focus-group transcripts: speaker turns (`I:`, `IP:`, `Deltaker 3:`, `Moderator:`)
 * with optional media timestamps (`[00:12:05]`, `(12:05)`, `00:12:05`) before or after the label.
 * Pauses and annotations (`(...)`, `[latter]`) stay in the text. Turn boundaries follow
 * `scanTurns`. Header lines before the first label (title, date, place) are the source's preamble.
 * Text without any labels still imports, as paragraphs without speakers.
 */
export function parseTranscript(text: string, options: ParseOptions, format = 'transcript-txt'): ImportResult {
  const lines = splitLines(text);
  const warnings = new WarningList();
  const range = nonBlankRange(text, lines, 0, lines.length);
  if (!range) return { format, sources: [], warnings: [] };
  const [first, last] = range;
  const base = lines[first]!.start;
  const reader = new LabelLineReader('transcript', speakerRoles(options.roleOverrides));
  const turns = scanTurns(text, lines, first, last + 1, reader);
  const labelled = turns.some((t) => t.head !== null);

  let messages: ImportedMessage[];
  let preamble: ImportedPreamble | null = null;
  if (labelled) {
    const split = takePreamble(text, turns, base, warnings);
    preamble = split.preamble;
    messages = messagesFromTurns(split.turns, base, warnings);
  } else {
    warnings.add(
      'no-speakers-found',
      null,
      'No speaker labels (such as "I:" or "Informant:") were found; the text was imported as paragraphs without speakers.',
    );
    messages = scanParagraphs(text, lines, first, last + 1).map((p) => ({
      speaker: '',
      role: 'unknown',
      delay: null,
      timestamp: null,
      timestampEnd: null,
      start: p.start - base,
      end: p.end - base,
      line: p.line,
    }));
  }
  return {
    format,
    sources: [
      {
        title: options.title,
        kind: labelled ? transcriptKind(messages) : 'text',
        text: text.slice(base, lines[last]!.end),
        messages,
        preamble,
        attributes: {},
      },
    ],
    warnings: warnings.toArray(),
  };
}
