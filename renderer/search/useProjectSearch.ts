import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Id } from '../../shared/model';
import { sameSearchOptions, searchDocumentsOf, searchIndexVersion, type SearchOptions, type SearchRows } from '../../shared/search';
import { useStore } from '../store/StoreProvider';
import type { SearchRowsChange } from '../store/actions/search';
import { ownerKeyOf, sourceOwner } from './protocol';
import { SearchHost, type IndexStatus } from './search-host';

const starting: IndexStatus = { phase: 'starting' };
const noHost = { subscribe: () => () => undefined, getStatus: () => starting };

function texts(rows: SearchRows): [Id, string][] {
  return rows.sources.map((s) => [s.id, s.text]);
}

function ownersOf(change: SearchRowsChange): string[] {
  return [
    ...change.sourceIds.map(sourceOwner),
    ...change.memoIds.map((id) => ownerKeyOf({ kind: 'memo', ownerId: id })),
    ...change.codeIds.map((id) => ownerKeyOf({ kind: 'code', ownerId: id })),
    ...change.subgroupIds.map((id) => ownerKeyOf({ kind: 'condensate', ownerId: id })),
  ];
}

/**
 * The project's search index, hosted in a Web Worker: restored from the kept copy when it was made
 * by this search code with these options (documents changed since are indexed again), built
 * otherwise with progress, kept up to date with every change to sources, memos, codes and
 * condensates, and saved again (a moment after changes settle) for the next start.
 */
export function useProjectSearch(projectId: Id, options: SearchOptions): { host: SearchHost | null; status: IndexStatus } {
  const { search } = useStore();
  const [host, setHost] = useState<SearchHost | null>(null);
  const { language, stopWords, foldAa } = options;

  useEffect(() => {
    const opts: SearchOptions = { language, stopWords, foldAa };
    const created = new SearchHost(
      (onMessage) => {
        const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (e) => onMessage(e.data);
        return worker;
      },
      (kept) =>
        void search
          .writeIndex({ projectId, version: searchIndexVersion, options: opts, index: kept.index, signatures: kept.signatures, updatedAt: new Date().toISOString() })
          .catch(() => undefined),
    );
    let live = true;
    let opened = false;
    const early: (SearchRowsChange | null)[] = [];
    const apply = async (change: SearchRowsChange | null) => {
      if (change === null) {
        const rows = await search.readRows(projectId);
        if (live) created.sync(searchDocumentsOf(rows), texts(rows));
        return;
      }
      const sourceTexts = new Map(change.rows.sources.map((s) => [s.id, s.text]));
      created.replace(ownersOf(change), searchDocumentsOf(change.rows), change.sourceIds.map((id) => [id, sourceTexts.get(id) ?? null]));
    };
    // Listen first, so no change slips between reading the rows and the index opening on them.
    const stop = search.watchRows(projectId, (change) => {
      if (opened) void apply(change);
      else early.push(change);
    });
    void (async () => {
      const [rows, kept] = await Promise.all([search.readRows(projectId), search.readIndex(projectId).catch(() => undefined)]);
      if (!live) return;
      const usable = kept && kept.version === searchIndexVersion && sameSearchOptions(kept.options as SearchOptions, opts);
      created.open(opts, searchDocumentsOf(rows), texts(rows), usable ? { index: kept.index, signatures: kept.signatures ?? {} } : null);
      opened = true;
      for (const change of early.splice(0)) await apply(change);
    })();
    setHost(created);
    return () => {
      live = false;
      stop();
      created.dispose();
      setHost(null);
    };
  }, [search, projectId, language, stopWords, foldAa]);

  const source = host ?? noHost;
  const status = useSyncExternalStore(source.subscribe, source.getStatus);
  return { host, status };
}
