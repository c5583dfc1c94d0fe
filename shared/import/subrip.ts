import { cueBlocks, transcriptFromCues, type Cue, type CueText } from './cues';
import { LabelLineReader } from './label-line';
import type { ParseOptions } from './options';
import type { ImportResult } from './result';
import { speakerRoles } from './speakers';
import { parseCueTime } from './timestamps';
import { WarningList } from './warnings';

const timing = /^(\d{1,3}:\d{2}:\d{2}[,.]\d{1,3})[ \t]*-->[ \t]*(\d{1,3}:\d{2}:\d{2}[,.]\d{1,3})/;

/** SubRip tags (<i>, <font …>) and ASS overrides ({\an8}) are styling, not words. */
function plainText(line: string): string {
  return line.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, '');
}

/** SubRip subtitles (`.srt`): numbered cues; speakers as `Name:` prefixes, carried until the next. */
export function parseSubRip(text: string, options: ParseOptions): ImportResult {
  const lines = text.split('\n');
  const roleOf = speakerRoles(options.roleOverrides);
  const reader = new LabelLineReader('transcript', roleOf);
  const warnings = new WarningList();
  const cues: Cue[] = [];
  let speaker = '';
  for (const { start: blockStart, lines: block } of cueBlocks(lines)) {
    const t = block.findIndex((l) => l.includes('-->'));
    const m = t === -1 || t > 1 ? null : timing.exec(block[t]!.trim());
    const start = m && parseCueTime(m[1]!);
    const end = m && parseCueTime(m[2]!);
    if (!start || !end) {
      warnings.add(
        'cue-unreadable',
        blockStart + 1,
        `A subtitle without a readable timing line (hh:mm:ss,ttt --> hh:mm:ss,ttt) was skipped.`,
      );
      continue;
    }
    const parts: CueText[] = [];
    for (const raw of block.slice(t + 1)) {
      const line = plainText(raw);
      const head = reader.read(line);
      if (head) speaker = head.label;
      parts.push({ speaker, text: head ? line.slice(head.bodyStart) : line });
    }
    cues.push({ start, end, line: blockStart + t + 2, parts });
  }
  return transcriptFromCues(cues, 'srt', options, roleOf, warnings);
}
