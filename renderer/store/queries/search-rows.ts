import Dexie, { type ObservabilitySet } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Coding, Id } from '../../../shared/model';
import type { SearchRows } from '../../../shared/search';
import type { KodebokDb } from '../db';
import { readCurrentTexts, readProjectTexts } from '../repositories/source-texts';
import { useDatabase } from '../useDatabase';
import { changedKeys } from './changed-keys';

/** What the search index is built from: every source (current text), message, memo, code and condensate of a project. */
export async function readSearchRows(db: KodebokDb, projectId: Id): Promise<SearchRows> {
  const [sources, texts, messages, memos, codes, condensates] = await Promise.all([
    db.sources.where('projectId').equals(projectId).toArray(),
    readProjectTexts(db, projectId),
    db.messages.where('projectId').equals(projectId).toArray(),
    db.memos.where('projectId').equals(projectId).toArray(),
    db.codes.where('projectId').equals(projectId).toArray(),
    db.subgroups.where('projectId').equals(projectId).toArray(),
  ]);
  return {
    sources: sources.map((s) => ({ id: s.id, title: s.title, text: texts.get(s.id) ?? '', kind: s.kind })),
    messages,
    memos,
    codes,
    condensates,
  };
}

/** The rows a change touched, read again: their documents replace the ones they had. */
export interface SearchRowsChange {
  /** Sources whose text or messages changed (or that went): all their documents are replaced. */
  sourceIds: Id[];
  memoIds: Id[];
  codeIds: Id[];
  subgroupIds: Id[];
  /** The current rows of those ids that are still in the project. */
  rows: SearchRows;
}

const noRows = (): SearchRows => ({ sources: [], messages: [], memos: [], codes: [], condensates: [] });

/**
 * Tells `onChange` which of a project's searchable rows each committed change touched (from any
 * window, by any write path), read again, or `null` when the change cannot be narrowed down (an
 * import, a restore): then everything is read again. A changed message names its source when read
 * again (messages are deleted only with their source, whose own key is in the same change); a typo
 * fix is traced through the fixes seen so far, because undoing one deletes only its log row.
 */
export function watchSearchRows(db: KodebokDb, projectId: Id, onChange: (change: SearchRowsChange | null) => void): () => void {
  let live = true;
  let queue: Promise<void> = Promise.resolve();
  const sourceOf = new Map<Id, Id>();
  const learn = async () => {
    for (const edit of await db.sourceEdits.where('projectId').equals(projectId).toArray()) sourceOf.set(edit.id, edit.sourceId);
  };
  queue = learn().catch(() => undefined);

  const onMutated = (parts: ObservabilitySet) => {
    const keysOf = (table: string) => changedKeys(parts, db.name, table);
    const tables = ['sources', 'sourceTexts', 'sourceEdits', 'messages', 'memos', 'codes', 'subgroups'] as const;
    const keys = Object.fromEntries(tables.map((t) => [t, keysOf(t)])) as Record<(typeof tables)[number], string[] | null>;
    if (tables.every((t) => keys[t]?.length === 0)) return;
    queue = queue
      .then(async () => {
        if (!live) return;
        if (tables.some((t) => keys[t] === null)) {
          await learn();
          if (live) onChange(null);
          return;
        }
        const [messages, edits] = await Promise.all([db.messages.bulkGet(keys.messages!), db.sourceEdits.bulkGet(keys.sourceEdits!)]);
        for (const row of [...messages, ...edits]) if (row) sourceOf.set(row.id, row.sourceId);
        const sourceIds = new Set<Id>([...keys.sources!, ...keys.sourceTexts!]);
        for (const id of [...keys.messages!, ...keys.sourceEdits!]) {
          const source = sourceOf.get(id);
          if (source) sourceIds.add(source);
        }
        const change: SearchRowsChange = { sourceIds: [...sourceIds], memoIds: keys.memos!, codeIds: keys.codes!, subgroupIds: keys.subgroups!, rows: noRows() };
        const mine = <T extends { projectId: Id }>(list: (T | undefined)[]) => list.filter((r): r is T => r !== undefined && r.projectId === projectId);
        const [sources, texts, sourceMessages, memos, codes, subgroups] = await Promise.all([
          db.sources.bulkGet(change.sourceIds),
          readCurrentTexts(db, change.sourceIds),
          db.messages.where('sourceId').anyOf(change.sourceIds).toArray(),
          db.memos.bulkGet(change.memoIds),
          db.codes.bulkGet(change.codeIds),
          db.subgroups.bulkGet(change.subgroupIds),
        ]);
        // Rows of other projects are not this index's: leave them out of the change entirely.
        const ours = mine(sources);
        change.sourceIds = change.sourceIds.filter((id) => ours.some((s) => s.id === id) || !sources[change.sourceIds.indexOf(id)]);
        change.rows = {
          sources: ours.map((s) => ({ id: s.id, title: s.title, text: texts.get(s.id) ?? '', kind: s.kind })),
          messages: sourceMessages.filter((m) => m.projectId === projectId),
          memos: mine(memos),
          codes: mine(codes),
          condensates: mine(subgroups),
        };
        if (live) onChange(change);
      })
      .catch(() => undefined);
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => {
    live = false;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}

/** The project's codings as ranges (for "inside / outside a code"), kept live. */
export function useCodingRanges(projectId: Id): Pick<Coding, 'sourceId' | 'codeId' | 'coderId' | 'start' | 'end'>[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.codings.where('projectId').equals(projectId).toArray(), [db, projectId]);
}

/** Message id → timestamp, for the messages that have one (sorting search hits by date). */
export function useMessageTimes(projectId: Id): Map<Id, string> | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const times = new Map<Id, string>();
    await db.messages.where('projectId').equals(projectId).each((m) => {
      if (m.timestamp) times.set(m.id, m.timestamp);
    });
    return times;
  }, [db, projectId]);
}
