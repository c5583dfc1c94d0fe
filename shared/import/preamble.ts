import { trimEndOffset } from './lines';
import type { ImportedPreamble } from './result';
import type { Turn } from './turns';
import type { WarningList } from './warnings';

/** A preamble is a header: a few short lines. Longer unlabelled text stays a codable message. */
const maxLines = 12;
const maxLength = 1000;

/**
 * Labels that name a header field, not a speaker ("Dato: 12.03.2024", "Sted: Bodø"), in bokmål,
 * nynorsk and English. Only read so at the top, before the first speaker; a role the user gives
 * one of them makes it a speaker again.
 */
// prettier-ignore
const headerFields = new Set([
  'dato', 'date', 'tid', 'time', 'tidspunkt', 'klokkeslett', 'sted', 'stad', 'place', 'location',
  'tittel', 'title', 'emne', 'tema', 'topic', 'subject', 'varighet', 'lengd', 'lengde', 'duration',
  'opptak', 'recording', 'fil', 'filnavn', 'filnamn', 'file', 'prosjekt', 'project', 'intervju',
  'interview', 'nr', 'kommentar', 'merknad', 'note', 'notes', 'deltakere', 'deltakarar', 'participants',
  'til stede', 'til stades', 'present', 'transkribert av', 'transkribent', 'transcribed by', 'transcriber',
  'kilde', 'kjelde', 'source',
]);

function isHeaderLine(turn: Turn, index: number): boolean {
  if (turn.head === null) return index === 0;
  return turn.head.role === null && headerFields.has(turn.head.label.toLowerCase());
}

/**
 * Splits off the header before the first speaker when speakers follow: unlabelled lines at the
 * top and header fields ("Dato:", "Sted:") become the source's preamble, shown above the turns
 * and not coded. Offsets are relative to `base`, like messages. A header longer than a dozen
 * lines or 1,000 characters, or a text with no speaker at all, stays as messages, as the
 * researcher may need to code it.
 */
export function takePreamble(
  text: string,
  turns: readonly Turn[],
  base: number,
  warnings: WarningList,
): { preamble: ImportedPreamble | null; turns: readonly Turn[] } {
  let count = 0;
  while (count < turns.length && isHeaderLine(turns[count]!, count)) count++;
  if (count === 0 || count === turns.length) return { preamble: null, turns };
  const first = turns[0]!;
  const last = turns[count - 1]!;
  const start = first.lineStart;
  const end = trimEndOffset(text, start, Math.max(last.end, last.start));
  const lastLine = first.line + countLineBreaks(text, start, end);
  if (lastLine - first.line + 1 > maxLines || end - start > maxLength) return { preamble: null, turns };
  const single = lastLine === first.line;
  const lines = single ? String(first.line) : `${first.line}–${lastLine}`;
  warnings.add(
    'preamble',
    first.line,
    `${single ? 'Line' : 'Lines'} ${lines} before the first speaker (title, date, place) ${single ? 'is' : 'are'} shown as the heading of the source, not as a turn to code.`,
    { lines },
  );
  return { preamble: { start: start - base, end: end - base, line: first.line }, turns: turns.slice(count) };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
