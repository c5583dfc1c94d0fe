import { cueBlocks, transcriptFromCues, type Cue, type CueText } from './cues';
import { LabelLineReader, maxLabelLength } from './label-line';
import type { ParseOptions } from './options';
import { ImportError, type ImportResult } from './result';
import { speakerRoles } from './speakers';
import { parseCueTime } from './timestamps';
import { WarningList } from './warnings';

const timing = /^((?:\d+:)?\d{2}:\d{2}\.\d{3})[ \t]+-->[ \t]+((?:\d+:)?\d{2}:\d{2}\.\d{3})(?:[ \t].*)?$/;
const voiceTag = /<v(?:\.[^\s>]*)?[ \t]+([^>]+)>/g;
const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': '\u00a0',
  '&lrm;': '\u200e',
  '&rlm;': '\u200f',
  '&quot;': '"',
  '&apos;': "'",
};

function cueText(markup: string): string {
  return markup.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|nbsp|lrm|rlm|quot|apos);/g, (e) => entities[e]!);
}

/**
 * Speakers in one payload line: `<v Name>` voice spans (several per line allowed), else a
 * `Name:` prefix, else the speaker carried over from before.
 */
export function splitVoices(line: string, carried: string, reader: LabelLineReader): CueText[] {
  const parts: CueText[] = [];
  let speaker = carried;
  let last = 0;
  for (const m of line.matchAll(voiceTag)) {
    const before = cueText(line.slice(last, m.index));
    if (before.trim() !== '') parts.push({ speaker, text: before });
    const voice = m[1]!.trim();
    // A voice "name" longer than any label is damage, not a speaker: the speaker carries on.
    if (voice.length <= maxLabelLength) speaker = voice;
    last = m.index + m[0].length;
  }
  const rest = cueText(line.slice(last));
  if (parts.length === 0 && last === 0) {
    const head = reader.read(rest);
    if (head) return [{ speaker: head.label, text: rest.slice(head.bodyStart) }];
  }
  if (rest.trim() !== '' || parts.length === 0) parts.push({ speaker, text: rest });
  return parts;
}

/** WebVTT subtitles or ASR output (`.vtt`), with `<v Speaker>` voices or `Speaker:` prefixes. */
export function parseWebVtt(text: string, options: ParseOptions): ImportResult {
  const lines = text.split('\n');
  if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) {
    throw new ImportError(
      'malformed',
      `"${options.fileName ?? options.title}" is not a WebVTT file: line 1 must start with "WEBVTT". Check that it is a .vtt subtitle file, or import it as plain text.`,
      { line: 1, code: 'vtt-header-missing', params: { file: options.fileName ?? options.title } },
    );
  }
  const roleOf = speakerRoles(options.roleOverrides);
  const reader = new LabelLineReader('transcript', roleOf);
  const warnings = new WarningList();
  const cues: Cue[] = [];
  let speaker = '';
  let afterHeader = 1;
  while (afterHeader < lines.length && lines[afterHeader]!.trim() !== '') afterHeader++; // header block
  for (const { start: blockStart, lines: block } of cueBlocks(lines, afterHeader)) {
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]!)) continue;
    const t = block.findIndex((l) => l.includes('-->'));
    const m = t === -1 || t > 1 ? null : timing.exec(block[t]!.trim());
    const start = m && parseCueTime(m[1]!);
    const end = m && parseCueTime(m[2]!);
    if (!start || !end) {
      warnings.add(
        'cue-unreadable',
        blockStart + 1,
        `A cue without a readable timing line (hh:mm:ss.ttt --> hh:mm:ss.ttt) was skipped.`,
      );
      continue;
    }
    const parts: CueText[] = [];
    for (const payload of block.slice(t + 1)) {
      const found = splitVoices(payload, speaker, reader);
      parts.push(...found);
      speaker = found[found.length - 1]!.speaker;
    }
    cues.push({ start, end, line: blockStart + t + 2, parts });
  }
  return transcriptFromCues(cues, 'vtt', options, roleOf, warnings);
}
