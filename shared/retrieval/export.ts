import { codePath } from '../codebook/tree';
import type { Code, Id } from '../model';
import { csvFromRows } from './csv-unparse';
import type { RetrievedSegment } from './query';

/** Column headings and the document title, in the user's language. */
export interface SegmentColumnLabels {
  source: string;
  start: string;
  end: string;
  speaker: string;
  role: string;
  delay: string;
  codes: string;
  text: string;
  title: string;
}

function pathsOf(segment: RetrievedSegment, byId: Map<Id, Code>): string {
  return segment.codeIds
    .map((id) => codePath(byId, id))
    .filter((p) => p !== '')
    .join('; ');
}

/**
 * Retrieved passages as CSV for a spreadsheet or R: one row per passage, columns source, start,
 * end, speaker, role, delay (the phrase as written), codes (paths joined with "; "), text.
 * Quoted per RFC 4180; records end with CRLF.
 */
export function segmentsToCsv(segments: RetrievedSegment[], codes: Code[], labels: SegmentColumnLabels): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const header = [
    labels.source,
    labels.start,
    labels.end,
    labels.speaker,
    labels.role,
    labels.delay,
    labels.codes,
    labels.text,
  ];
  const rows = segments.map((s) => [
    s.sourceTitle,
    String(s.start),
    String(s.end),
    s.message?.speaker ?? '',
    s.message?.role ?? '',
    s.message?.delay?.phrase ?? '',
    pathsOf(s, byId),
    s.text,
  ]);
  return `${csvFromRows([header, ...rows])}\r\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A block quote that keeps the passage's line breaks. */
function quoted(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * Retrieved passages as a Markdown report: a heading per passage (source, start–end), the
 * speaker, role, delay and codes as labelled lines, the passage as a block quote with its
 * context (on one line) in brackets before and after.
 */
export function segmentsToMarkdown(segments: RetrievedSegment[], codes: Code[], labels: SegmentColumnLabels): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const out: string[] = [`# ${labels.title}`];
  for (const s of segments) {
    out.push('', `## ${s.sourceTitle}, ${s.start}–${s.end}`, '');
    if (s.message) {
      out.push(`- **${labels.speaker}:** ${s.message.speaker}`, `- **${labels.role}:** ${s.message.role}`);
      if (s.message.delay) out.push(`- **${labels.delay}:** ${s.message.delay.phrase}`);
    }
    out.push(`- **${labels.codes}:** ${pathsOf(s, byId)}`, '');
    const before = s.before.trim() === '' ? '' : `[${oneLine(s.before)}] `;
    const after = s.after.trim() === '' ? '' : ` [${oneLine(s.after)}]`;
    out.push(quoted(`${before}${s.text}${after}`));
  }
  return `${out.join('\n')}\n`;
}
