import { autoCoderOf, type Coder, type Coding, type Id, type Message, type PlanContext, type Write } from '../model';
import { extendHit, type HitExtent } from './extend-hit';

/*
 * Codes search hits with one code in one step: each hit widened to the chosen extent, hits that
 * end up in the same stretch merged into one coding, and stretches the auto coder already coded
 * with this code skipped, so coding the same search twice adds nothing. The codings belong to the
 * project's auto coder (a coder row of kind 'auto'), made in the same step when missing.
 */

export interface AutoCodeSource {
  /** The source's current text (the text the hits' offsets point into). */
  text: string;
  messages: readonly Pick<Message, 'start' | 'end'>[];
}

export interface AutoCodeInput {
  projectId: Id;
  codeId: Id;
  /** The project's coders: the auto coder among them is reused. */
  coders: readonly Coder[];
  /** Codings of this code in the hits' sources (any coder: only the auto coder's count as already coded). */
  codings: readonly Pick<Coding, 'sourceId' | 'codeId' | 'coderId' | 'start' | 'end'>[];
  /** The hits to code; hits in memos or codes (no sourceId) are not source text and are skipped. */
  hits: readonly { sourceId?: Id; start: number; end: number }[];
  extent: HitExtent;
  sources: ReadonlyMap<Id, AutoCodeSource>;
  /** The name a new auto coder gets, in the user's language. */
  autoCoderName?: string;
  at: PlanContext;
}

export interface AutoCodeRange {
  sourceId: Id;
  start: number;
  end: number;
}

export interface AutoCodePreview {
  /** What will be coded, by source and offset. */
  ranges: AutoCodeRange[];
  /** Stretches left out because the auto coder already coded them with this code. */
  alreadyCoded: number;
}

const byPlace = (a: AutoCodeRange, b: AutoCodeRange) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start || a.end - b.end);

/** What planAutoCode would code: shown before applying it. */
export function previewAutoCode(input: Omit<AutoCodeInput, 'at' | 'autoCoderName'>): AutoCodePreview {
  const extended: AutoCodeRange[] = [];
  for (const hit of input.hits) {
    const source = hit.sourceId === undefined ? undefined : input.sources.get(hit.sourceId);
    if (!source || hit.end <= hit.start || hit.end > source.text.length) continue;
    const range = extendHit(source.text, source.messages, hit.start, hit.end, input.extent);
    if (range.end > range.start) extended.push({ sourceId: hit.sourceId!, ...range });
  }
  extended.sort(byPlace);
  const merged: AutoCodeRange[] = [];
  for (const r of extended) {
    const last = merged.at(-1);
    if (last && last.sourceId === r.sourceId && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const auto = autoCoderOf(input.coders.filter((c) => c.projectId === input.projectId));
  const existing = auto ? input.codings.filter((c) => c.coderId === auto.id && c.codeId === input.codeId) : [];
  const ranges = merged.filter((r) => !existing.some((c) => c.sourceId === r.sourceId && c.start <= r.start && r.end <= c.end));
  return { ranges, alreadyCoded: merged.length - ranges.length };
}

/** The writes of one undoable step: the auto coder if new, then one coding per range. */
export function planAutoCode(input: AutoCodeInput): Write[] {
  const { ranges } = previewAutoCode(input);
  if (ranges.length === 0) return [];
  const { projectId, at } = input;
  const writes: Write[] = [];
  let coder = autoCoderOf(input.coders.filter((c) => c.projectId === projectId));
  if (!coder) {
    coder = { id: at.newId(), projectId, name: input.autoCoderName ?? 'Auto', color: '#6b7280', kind: 'auto', createdAt: at.now, updatedAt: at.now };
    writes.push({ op: 'put', table: 'coders', projectId, row: coder });
  }
  for (const r of ranges) {
    const coding: Coding = {
      id: at.newId(),
      projectId,
      sourceId: r.sourceId,
      codeId: input.codeId,
      coderId: coder.id,
      authorId: coder.id,
      start: r.start,
      end: r.end,
      createdAt: at.now,
      updatedAt: at.now,
    };
    writes.push({ op: 'put', table: 'codings', projectId, row: coding });
  }
  return writes;
}
