import { listSpeakers, type ImportFileResult } from '../shared/import';
import type { ReplyDelay } from '../shared/model';

/** The `inspect --json` shape: stable, documented in `inspect --help`, used by scripts and CI. */
export function inspectJson(file: string, result: ImportFileResult) {
  return {
    file,
    format: result.format,
    encoding: result.encoding,
    lineEndings: result.lineEndings,
    sources: result.sources.map((s) => ({
      title: s.title,
      kind: s.kind,
      preamble: s.preamble && { start: s.preamble.start, end: s.preamble.end, text: s.text.slice(s.preamble.start, s.preamble.end) },
      messages: s.messages.map((m) => ({
        speaker: m.speaker,
        role: m.role,
        delay: m.delay,
        timestamp: m.timestamp,
        timestampEnd: m.timestampEnd,
        start: m.start,
        end: m.end,
        text: s.text.slice(m.start, m.end),
      })),
    })),
    warnings: result.warnings.map((w) => ({ line: w.line, message: w.message })),
  };
}

function formatHours(delay: ReplyDelay): string {
  if (delay.minHours === null || delay.maxHours === null) return 'not understood';
  return delay.minHours === delay.maxHours ? `${delay.minHours} h` : `${delay.minHours}–${delay.maxHours} h`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The readable report for people at a terminal. */
export function inspectSummary(file: string, result: ImportFileResult): string {
  const out: string[] = [];
  const messageCount = result.sources.reduce((n, s) => n + s.messages.length, 0);
  out.push(`File:         ${file} (${result.sizeBytes} bytes)`);
  out.push(`Format:       ${result.format}`);
  out.push(`Encoding:     ${result.encoding}`);
  out.push(`Line endings: ${result.lineEndings}`);
  out.push(`SHA-256:      ${result.sha256}`);
  out.push('');
  out.push(`Sources: ${result.sources.length}, ${plural(messageCount, 'message')}`);
  result.sources.forEach((s, i) =>
    out.push(
      `  ${i + 1}. ${s.title} (${s.kind}): ${plural(s.messages.length, 'message')}, ${s.text.length} characters`,
    ),
  );

  const speakers = listSpeakers(result.sources);
  if (speakers.length > 0) {
    out.push('', 'Speakers:');
    for (const s of speakers)
      out.push(`  ${s.speaker === '' ? '(no speaker)' : s.speaker} [${s.role}]: ${plural(s.messages, 'message')}`);
  }

  const delays = new Map<string, { delay: ReplyDelay; count: number }>();
  for (const s of result.sources) {
    for (const m of s.messages) {
      if (!m.delay) continue;
      const key = m.delay.phrase === '' ? `from timestamps` : m.delay.phrase.toLowerCase();
      const found = delays.get(key);
      if (found) found.count++;
      else delays.set(key, { delay: m.delay, count: 1 });
    }
  }
  if (delays.size > 0) {
    out.push('', 'Reply delays:');
    for (const [key, { delay, count }] of delays) {
      const hours = delay.phrase === '' ? 'computed' : formatHours(delay);
      out.push(`  ${key === 'from timestamps' ? '(from timestamps)' : `"${delay.phrase}"`} → ${hours}: ${count}×`);
    }
  }

  out.push('', result.warnings.length === 0 ? 'Warnings: none' : `Warnings: ${result.warnings.length}`);
  for (const w of result.warnings) out.push(`  ${w.line === null ? '' : `line ${w.line}: `}${w.message}`);
  return `${out.join('\n')}\n`;
}
