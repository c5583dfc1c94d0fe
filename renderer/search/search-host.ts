import type { SearchDocument, SearchMode, SearchOptions, SearchQueryError } from '../../shared/search';
import type { FromWorker, OwnerKey, ResultLine, ToWorker } from './protocol';

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
}

export type IndexStatus =
  | { phase: 'starting' }
  | { phase: 'indexing'; done: number; total: number }
  | { phase: 'ready'; restored: boolean; documents: number }
  | { phase: 'failed'; message: string };

export type QueryAnswer = { lines: ResultLine[]; texts: number; more: boolean } | { error: SearchQueryError };

/**
 * The app's side of the search worker: it sends the project's documents and their changes, asks
 * queries and hands back only the answer to the latest one (an answer to a query typed over
 * since is dropped, so results never jump back to an older query), reports indexing progress,
 * and passes the serialised index on to be kept. The Worker is injected, so this is tested in Node.
 */
export class SearchHost {
  private readonly worker: WorkerLike;
  private latest = 0;
  private pending = new Map<number, (answer: QueryAnswer | null) => void>();
  private status: IndexStatus = { phase: 'starting' };
  private listeners = new Set<() => void>();

  constructor(
    createWorker: (onMessage: (message: FromWorker) => void) => WorkerLike,
    private readonly keep: (serialized: { index: string; signatures: Record<string, number> }) => void,
  ) {
    this.worker = createWorker((message) => this.receive(message));
  }

  open(options: SearchOptions, docs: SearchDocument[], texts: [string, string][], stored: { index: string; signatures: Record<string, number> } | null): void {
    // A kept index is not indexed again: progress shows only if the worker reports some.
    this.setStatus(stored ? { phase: 'starting' } : { phase: 'indexing', done: 0, total: docs.length });
    this.worker.postMessage({ type: 'open', options, docs, texts, stored });
  }

  /** Every document again, after a change too large to follow row by row: the worker indexes only what differs. */
  sync(docs: SearchDocument[], texts: [string, string][]): void {
    this.worker.postMessage({ type: 'sync', docs, texts });
  }

  replace(owners: OwnerKey[], docs: SearchDocument[], texts: [string, string | null][]): void {
    if (owners.length === 0 && docs.length === 0) return;
    this.worker.postMessage({ type: 'replace', owners, docs, texts });
  }

  /** The answer to this query, or null when a newer query was asked before it came. */
  query(query: string, mode: SearchMode, limit: number, width: number): Promise<QueryAnswer | null> {
    const id = ++this.latest;
    // Only the newest query is waited for: the ones before it are answered null at once.
    for (const [older, resolve] of this.pending) {
      resolve(null);
      this.pending.delete(older);
    }
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ type: 'query', id, query, mode, limit, width });
    });
  }

  getStatus = (): IndexStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    for (const resolve of this.pending.values()) resolve(null);
    this.pending.clear();
    this.worker.terminate();
  }

  private setStatus(status: IndexStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'progress':
        if (this.status.phase !== 'ready') this.setStatus({ phase: 'indexing', done: message.done, total: message.total });
        return;
      case 'ready':
        this.setStatus({ phase: 'ready', restored: message.restored, documents: message.documents });
        return;
      case 'serialized':
        this.keep({ index: message.index, signatures: message.signatures });
        return;
      case 'failed':
        this.setStatus({ phase: 'failed', message: message.message });
        for (const resolve of this.pending.values()) resolve(null);
        this.pending.clear();
        return;
      case 'result':
      case 'query-error': {
        const resolve = this.pending.get(message.id);
        if (!resolve) return;
        this.pending.delete(message.id);
        resolve(message.type === 'result' ? { lines: message.lines, texts: message.texts, more: message.more } : { error: message.error });
        return;
      }
    }
  }
}
