import type { Id } from '../../../shared/model';
import { planAutoCode, previewAutoCode, type AutoCodePreview, type AutoCodeSource, type HitExtent } from '../../../shared/search';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { applyWrites } from '../history/apply-writes';
import { planContext } from '../ids';
import { readCurrentTexts } from '../repositories/source-texts';

export interface AutoCodeRequest {
  projectId: Id;
  codeId: Id;
  hits: readonly { sourceId?: Id; start: number; end: number }[];
  extent: HitExtent;
}

/** The preview with each passage's text, as the user will see it coded. */
export interface AutoCodePassages extends AutoCodePreview {
  ranges: (AutoCodePreview['ranges'][number] & { text: string })[];
}

/** What planAutoCode reads: the project's coders, this code's codings and the hits' sources (current text, messages). */
async function readAutoCodeRows(db: KodebokDb, request: AutoCodeRequest) {
  const sourceIds = [...new Set(request.hits.flatMap((h) => (h.sourceId === undefined ? [] : [h.sourceId])))];
  const [coders, codings, texts, messages] = await Promise.all([
    db.coders.where('projectId').equals(request.projectId).toArray(),
    db.codings.where('codeId').equals(request.codeId).toArray(),
    readCurrentTexts(db, sourceIds),
    db.messages.where('sourceId').anyOf(sourceIds).toArray(),
  ]);
  const sources = new Map<Id, AutoCodeSource>();
  for (const [id, text] of texts) sources.set(id, { text, messages: messages.filter((m) => m.sourceId === id) });
  return { coders, codings, sources };
}

/** The passages auto-coding would code (each hit widened to the extent, merged, already auto-coded ones left out): shown before applying. */
export async function previewAutoCoding(db: KodebokDb, request: AutoCodeRequest): Promise<AutoCodePassages> {
  const rows = await readAutoCodeRows(db, request);
  const preview = previewAutoCode({ ...request, ...rows });
  return { ...preview, ranges: preview.ranges.map((r) => ({ ...r, text: rows.sources.get(r.sourceId)?.text.slice(r.start, r.end) ?? '' })) };
}

/**
 * Codes the chosen hits with one code as ONE undo step, as the project's auto coder (a coder row of
 * kind 'auto', made in the same step when missing). Answers how many codings it made.
 */
export async function autoCode(history: History, request: AutoCodeRequest & { codeName: string; autoCoderName: string }): Promise<number> {
  const { db } = history;
  return history.run({ key: 'search.autoCode', values: { code: request.codeName, count: request.hits.length } }, async (rec) => {
    const writes = planAutoCode({ ...request, ...(await readAutoCodeRows(db, request)), autoCoderName: request.autoCoderName, at: planContext() });
    await applyWrites(rec, writes);
    return writes.filter((w) => w.table === 'codings').length;
  });
}
