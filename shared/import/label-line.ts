import type { SpeakerRole } from '../model';
import { normaliseLabel } from './speakers';
import { parseAbsoluteTimestamp, parseMediaTime, parseTimeOfDay } from './timestamps';

/**
 * Recognises a line that starts a message or turn: `Label:` at line start, optionally with a
 * timestamp before or after the label and (in dialogues) a reply delay in parentheses:
 *
 *   Veileder: (dagen etter) Hei …        Veileder (dagen etter): Hei …
 *   [12.03.2020 14:05] Bruker: Hei …     Bruker (12.03.2020 14:05): Hei …
 *   [00:12:05] IP: Ja …                  I (12:05): Og da …        IP: [00:12:05] Ja …
 */

export type LabelLineMode = 'dialogue' | 'transcript';

export interface LabelLine {
  /** Normalised label, e.g. "Deltaker 3". */
  label: string;
  /** null for a label not in the role table: reported, and read as a message with role 'unknown'. */
  role: SpeakerRole | null;
  timestamp: string | null;
  /** A bracketed value shaped like a date or time that is not a real one (e.g. 31.02.2020). */
  unreadableTimestamp: string | null;
  /** Text in the parentheses after the label (dialogues only), not yet interpreted. */
  delayPhrase: string | null;
  /** Index in the line string where the message body starts (the line length when empty). */
  bodyStart: number;
}

/**
 * The longest speaker label read: "Deltaker 12", "Saksbehandler Kari Nordmann" and other real
 * labels are far shorter. A longer run of letters before a colon is text (or a damaged file with
 * one enormous word), not a speaker; the limit also keeps reading such a line cheap.
 */
export const maxLabelLength = 60;

const group = /\[([^\]\n]{1,60})\]|\(([^)\n]{1,60})\)/y;
const bareStamp =
  /(\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?[ \t]+(?:kl\.?[ \t]*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?|\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)(?=[ \t:]|$)/y;
// Each word is bounded so a huge word is not scanned to its end; the whole is checked below.
const labelPattern =
  /\p{L}[\p{L}\p{M}\p{N}'’-]{0,60}(?:[ \t]+(?:\p{L}[\p{L}\p{M}'’-]{0,60}|\d{1,3}(?![\d.,]|:\d)))?(?:[ \t]+(?:\p{L}[\p{L}\p{M}'’-]{0,60}|\d{1,3}(?![\d.,]|:\d)))?/uy;
const spaces = /[ \t\u00a0]*/y;
const separatorDash = /[ \t]*[-–—][ \t]*/y;
const dateShaped = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|^\d{1,3}:\d{2}/;

function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

function skipSpaces(s: string, pos: number): number {
  return matchAt(spaces, s, pos) ? spaces.lastIndex : pos;
}

/** An unknown label must look like a name: one or two capitalised words, maybe a number. */
function looksLikeLabel(label: string): boolean {
  if (label.length > 30) return false;
  const words = label.split(' ');
  if (words.length > 3 || (words.length === 3 && !/^\d+$/.test(words[2]!))) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^\d+$/.test(w));
}

function isPause(content: string): boolean {
  return /^[.…\s]*$/.test(content);
}

interface Stamp {
  value: string | null;
  raw: string;
}

export class LabelLineReader {
  constructor(
    private readonly mode: LabelLineMode,
    private readonly roleOf: (label: string) => SpeakerRole | null,
  ) {}

  private readStamp(content: string): Stamp | null {
    const value =
      parseAbsoluteTimestamp(content) ??
      (this.mode === 'transcript' ? parseMediaTime(content) : parseTimeOfDay(content));
    if (value) return { value, raw: content };
    return dateShaped.test(content.trim()) ? { value: null, raw: content } : null;
  }

  read(line: string): LabelLine | null {
    // Most lines in a message body have no colon at all; skip them cheaply.
    if (!line.includes(':')) return null;
    let timestamp: string | null = null;
    let unreadable: string | null = null;
    let delayPhrase: string | null = null;
    const takeStamp = (s: Stamp): void => {
      if (s.value) timestamp ??= s.value;
      else unreadable ??= s.raw;
    };

    let pos = skipSpaces(line, 0);
    const lead = matchAt(group, line, pos) ?? matchAt(bareStamp, line, pos);
    if (lead) {
      const stamp = this.readStamp(lead[1] ?? lead[2] ?? lead[0]);
      const after = lead.index + lead[0].length;
      if (stamp && /[ \t]/.test(line[after] ?? '')) {
        takeStamp(stamp);
        pos = matchAt(separatorDash, line, after) ? separatorDash.lastIndex : skipSpaces(line, after);
      }
    }

    const labelMatch = matchAt(labelPattern, line, pos);
    if (!labelMatch || labelMatch[0].length > maxLabelLength) return null;
    const label = normaliseLabel(labelMatch[0]);
    pos = labelMatch.index + labelMatch[0].length;

    // Between label and colon: timestamps, and in dialogues the reply delay.
    for (let i = 0; i < 3; i++) {
      let p = skipSpaces(line, pos);
      if (line[p] === ',') p = skipSpaces(line, p + 1);
      const g = matchAt(group, line, p);
      if (g) {
        const content = g[1] ?? g[2]!;
        const stamp = this.readStamp(content);
        if (stamp) takeStamp(stamp);
        else if (this.mode === 'dialogue' && g[2] !== undefined) delayPhrase ??= content;
        pos = p + g[0].length;
        continue;
      }
      const bare = matchAt(bareStamp, line, p);
      if (bare) {
        const stamp = this.readStamp(bare[1]!);
        if (!stamp) break;
        takeStamp(stamp);
        pos = p + bare[0].length;
        continue;
      }
      break;
    }
    pos = skipSpaces(line, pos);
    if (line[pos] !== ':' || line.startsWith('//', pos + 1)) return null;

    const role = this.roleOf(label);
    if (role === null && !looksLikeLabel(label)) return null;
    pos = skipSpaces(line, pos + 1);

    // After the colon: a timestamp in brackets, and in dialogues the delay in parentheses.
    for (let i = 0; i < 2; i++) {
      const g = matchAt(group, line, pos);
      if (!g) break;
      const content = g[1] ?? g[2]!;
      const stamp = this.readStamp(content);
      if (stamp) takeStamp(stamp);
      else if (this.mode === 'dialogue' && g[2] !== undefined && delayPhrase === null && !isPause(content))
        delayPhrase = content;
      else break;
      pos = skipSpaces(line, pos + g[0].length);
    }

    return { label, role, timestamp, unreadableTimestamp: unreadable, delayPhrase, bodyStart: pos };
  }
}
