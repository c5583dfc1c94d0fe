import { z } from 'zod';
import type { Coding, Id, IsoDateTime, SpeakerRole } from '../model';

/**
 * sample-data/dialoger/boundary-work-key.json: the answer key that pre-codes the demo dialogues
 * (see sample-data/README.md). Code names are the template's keys (shared/codebook/template.ts).
 */
const responseKeys = ['no-written-response', 'help-without-boundary-work', 'boundary-work'] as const;
const strategyKeys = [
  'explicit-referral',
  'implicit-contrast',
  'position-shift',
  'link-sending',
  'stretch',
  'answer-then-refer',
] as const;
const positionKeys = ['bureaucratic', 'pedagogical', 'helper', 'motivator'] as const;

export const codingKeySchema = z.object({
  /** File name of the dialogue file the key codes. */
  source: z.string().min(1),
  sequences: z.array(
    z.object({
      /** The thread heading's start, e.g. "Dialog 12"; the source title starts with it. */
      thread: z.string().min(1),
      /** null: the thread raises no social-assistance matter and is not one of the sequences. */
      response: z.enum(responseKeys).nullable(),
      strategies: z.array(z.object({ code: z.enum(strategyKeys), quote: z.string().min(1) })),
      position: z.array(z.enum(positionKeys)),
      /** For help: the helping words; for no written response: the user's question. Not coded. */
      quote: z.string().optional(),
    }),
  ),
});

export type CodingKey = z.infer<typeof codingKeySchema>;

/** Reads the answer key; throws an error naming the first problems if it is not one. */
export function parseCodingKey(json: unknown): CodingKey {
  const result = codingKeySchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`);
  throw new Error(`The coding key is not valid: ${problems.join('; ')}`);
}

/** One coding the key implies, by source title and template code key. */
export interface DemoCoding {
  sourceTitle: string;
  codeKey: string;
  start: number;
  end: number;
}

export interface DemoSource {
  title: string;
  text: string;
  messages: { role: SpeakerRole; start: number; end: number }[];
}

/** "Dialog 1: Søknad" belongs to thread "Dialog 1", but "Dialog 12: …" does not. */
function isThread(title: string, thread: string): boolean {
  return title.startsWith(thread) && !/[0-9]/.test(title.charAt(thread.length));
}

/**
 * The codings the key describes, for the sources imported from the key's dialogue file:
 * - the response code on the whole thread (first message start to last message end);
 * - each strategy exactly on its quote;
 * - each position on every caseworker message of the thread.
 * Threads with response null (no social-assistance matter) get no codes. Throws an error naming
 * the thread if a source or a quote cannot be found, so a changed sample file is noticed.
 */
export function codeDemoSequences(key: CodingKey, sources: DemoSource[]): DemoCoding[] {
  const codings: DemoCoding[] = [];
  for (const sequence of key.sequences) {
    if (sequence.response === null) continue;
    const source = sources.find((s) => isThread(s.title, sequence.thread));
    if (!source) throw new Error(`The coding key names "${sequence.thread}", but no source title starts with it.`);
    const sourceTitle = source.title;
    const messages = [...source.messages].sort((a, b) => a.start - b.start);
    const start = messages[0]?.start ?? 0;
    const end = messages.length > 0 ? Math.max(...messages.map((m) => m.end)) : source.text.length;
    codings.push({ sourceTitle, codeKey: sequence.response, start, end });

    for (const { code, quote } of sequence.strategies) {
      const at = source.text.indexOf(quote);
      if (at < 0) throw new Error(`"${sequence.thread}": the quote for ${code} is not in the source text: "${quote}".`);
      if (source.text.indexOf(quote, at + 1) >= 0)
        throw new Error(`"${sequence.thread}": the quote for ${code} occurs more than once: "${quote}".`);
      codings.push({ sourceTitle, codeKey: code, start: at, end: at + quote.length });
    }

    for (const message of messages.filter((m) => m.role === 'caseworker'))
      for (const position of new Set(sequence.position))
        codings.push({ sourceTitle, codeKey: position, start: message.start, end: message.end });
  }
  return codings;
}

/** Whether a demo file (a path in the manifest) is the one the coding key was made for. */
export function isKeyFile(path: string, key: CodingKey): boolean {
  return path.split('/').pop() === key.source;
}

/**
 * The key's codings as stored rows: sources found by title, codes by template key. Throws when
 * the key names a source or code the demo does not have, so a broken demo never loads half-coded.
 */
export function demoCodingRows(
  codings: DemoCoding[],
  sourceIdByTitle: Map<string, Id>,
  codeIdByKey: Map<string, Id>,
  row: { projectId: Id; coderId: Id; now: IsoDateTime; newId: (index: number) => Id },
): Coding[] {
  return codings.map((c, i) => {
    const sourceId = sourceIdByTitle.get(c.sourceTitle);
    const codeId = codeIdByKey.get(c.codeKey);
    if (!sourceId || !codeId) throw new Error(`The coding key names ${c.sourceTitle} / ${c.codeKey}, which the demo lacks.`);
    return {
      id: row.newId(i),
      projectId: row.projectId,
      createdAt: row.now,
      updatedAt: row.now,
      authorId: row.coderId,
      coderId: row.coderId,
      sourceId,
      codeId,
      start: c.start,
      end: c.end,
    };
  });
}
