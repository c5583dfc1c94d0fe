import { LabelLineReader } from './label-line';
import { splitLines, type TextLine } from './lines';
import type { ParseOptions } from './options';
import type { ImportedSource, ImportResult } from './result';
import { matchThreadSeparator } from './separators';
import { speakerRoles } from './speakers';
import { withTimestampDelays } from './timestamp-delays';
import { messagesFromTurns } from './turn-messages';
import { takePreamble } from './preamble';
import { nonBlankRange, scanTurns } from './turns';
import { WarningList } from './warnings';

interface ThreadRange {
  title: string | null;
  /** Line indices [from, to). */
  from: number;
  to: number;
}

function splitThreads(text: string, lines: readonly TextLine[]): ThreadRange[] {
  const threads: ThreadRange[] = [{ title: null, from: 0, to: lines.length }];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const separator = matchThreadSeparator(text.slice(line.start, line.end));
    if (!separator) continue;
    threads[threads.length - 1]!.to = i;
    threads.push({ title: separator.title, from: i + 1, to: lines.length });
  }
  return threads;
}

/**
 * Written dialogue threads in the published quoting style (FORMATS.md §1). Each thread becomes one
 * source whose text is the thread as written (separator line excluded, outer blank lines
 * trimmed). Message boundaries follow `scanTurns`: a new message starts only at a line beginning
 * with `Label:`; everything up to the next one, blank lines included, is the message body. A
 * thread's header lines before its first label are its preamble, as in transcripts; a thread
 * without any label stays one message without a speaker.
 */
export function parseDialogue(text: string, options: ParseOptions): ImportResult {
  const lines = splitLines(text);
  const reader = new LabelLineReader('dialogue', speakerRoles(options.roleOverrides));
  const warnings = new WarningList();
  const sources: ImportedSource[] = [];
  for (const thread of splitThreads(text, lines)) {
    const range = nonBlankRange(text, lines, thread.from, thread.to);
    if (!range) continue;
    const [first, last] = range;
    const base = lines[first]!.start;
    const { preamble, turns } = takePreamble(text, scanTurns(text, lines, first, last + 1, reader), base, warnings);
    const messages = withTimestampDelays(messagesFromTurns(turns, base, warnings));
    const number = sources.length + 1;
    sources.push({
      title: thread.title ?? (number === 1 ? options.title : `${options.title} (${number})`),
      kind: 'dialogue',
      text: text.slice(base, lines[last]!.end),
      messages,
      preamble,
      attributes: {},
    });
  }
  if (sources.length > 0 && sources.every((s) => s.messages.every((m) => m.speaker === ''))) {
    warnings.add(
      'no-speakers-found',
      null,
      'No speaker labels (such as "Bruker:" or "Veileder:") were found; each thread is one message without a speaker.',
    );
  }
  return { format: 'dialogue-txt', sources, warnings: warnings.toArray() };
}
