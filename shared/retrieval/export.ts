import { codePath } from '../codebook/tree';
import type { Code, Id, ReplyDelay, SpeakerRole } from '../model';
import { spreadsheetCsv, type CsvSeparator } from './csv-unparse';
import type { RetrievedSegment } from './query';

/**
 * Everything an export writes in the user's language: column headings, the document title, the
 * speaker roles ("Veileder", not the stored "caseworker") and how a reply delay worked out from
 * timestamps reads ("19,1 timer"); a delay the file wrote as a phrase is kept as written.
 */
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
  roles: Record<SpeakerRole, string>;
  duration: (hours: number) => string;
}

function pathsOf(segment: RetrievedSegment, byId: Map<Id, Code>): string {
  return segment.codeIds
    .map((id) => codePath(byId, id))
    .filter((p) => p !== '')
    .join('; ');
}

function delayText(delay: ReplyDelay | null | undefined, labels: SegmentColumnLabels): string {
  if (!delay) return '';
  if (delay.phrase) return delay.phrase;
  return delay.minHours === null ? '' : labels.duration(delay.minHours);
}

/**
 * Retrieved passages as CSV for a spreadsheet or R: one row per passage, columns source, start,
 * end, speaker, role, delay, codes (paths joined with "; "), text. UTF-8 with BOM, `separator`
 * between fields, and no cell that a spreadsheet would run as a formula (see `spreadsheetCsv`).
 */
export function segmentsToCsv(
  segments: RetrievedSegment[],
  codes: Code[],
  labels: SegmentColumnLabels,
  separator: CsvSeparator = ',',
): string {
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
    s.message ? labels.roles[s.message.role] : '',
    delayText(s.message?.delay, labels),
    pathsOf(s, byId),
    s.text,
  ]);
  return spreadsheetCsv([header, ...rows], separator);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Source text as Markdown text, not markup: a "<" would open raw HTML that a Markdown viewer
 * renders (or runs), and "&amp;"-like text would turn into an entity. Everything else, a leading
 * "-" or "=" included, stays as written: a report quotes its sources faithfully.
 */
export function markdownText(text: string): string {
  return text.replace(/&(?=#?\w+;)/g, '&amp;').replace(/</g, '&lt;');
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
 * context (on one line) in brackets before and after. No raw HTML from a source gets through.
 */
export function segmentsToMarkdown(segments: RetrievedSegment[], codes: Code[], labels: SegmentColumnLabels): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const md = markdownText;
  const out: string[] = [`# ${md(labels.title)}`];
  for (const s of segments) {
    out.push('', `## ${md(s.sourceTitle)}, ${s.start}–${s.end}`, '');
    if (s.message) {
      out.push(`- **${labels.speaker}:** ${md(s.message.speaker)}`, `- **${labels.role}:** ${labels.roles[s.message.role]}`);
      const delay = delayText(s.message.delay, labels);
      if (delay) out.push(`- **${labels.delay}:** ${md(delay)}`);
    }
    out.push(`- **${labels.codes}:** ${md(pathsOf(s, byId))}`, '');
    const before = s.before.trim() === '' ? '' : `[${oneLine(s.before)}] `;
    const after = s.after.trim() === '' ? '' : ` [${oneLine(s.after)}]`;
    out.push(quoted(md(`${before}${s.text}${after}`)));
  }
  return `${out.join('\n')}\n`;
}
