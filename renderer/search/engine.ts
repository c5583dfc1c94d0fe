import {
  addDocuments,
  createSearchIndex,
  loadSearchIndex,
  removeDocuments,
  serializeIndex,
  type SearchDocument,
  type SearchIndex,
  type SearchOptions,
} from '../../shared/search';
import { answerQuery } from './answer-query';
import { documentSignature, ownerKeyOf, type FromWorker, type OwnerKey, type ToWorker } from './protocol';

/** Documents indexed between progress reports (and between chances to answer a query). */
const chunk = 2000;
/** How long the index waits after a change before it is serialised to be kept: typing in a memo saves every few seconds, and a large index is megabytes. */
export const persistDelayMs = 5000;

export interface EngineTimers {
  /** Lets queued messages in between chunks of a long build. */
  yieldNow: () => Promise<void>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** The clock a regular expression's time budget is kept by (performance.now when not given). */
  now?: () => number;
}

/**
 * The search worker's whole state and logic, without the worker: the index and its documents, the
 * source texts for keyword-in-context lines, and the owner of every document so a changed source,
 * memo or code replaces exactly its own documents. The worker file only wires `handle` to
 * `onmessage`; the unit tests drive it directly.
 */
export function createSearchEngine(post: (message: FromWorker) => void, timers: EngineTimers) {
  let options: SearchOptions | null = null;
  let index: SearchIndex | null = null;
  const docs = new Map<string, SearchDocument>();
  const signatures = new Map<string, number>();
  const byOwner = new Map<OwnerKey, Set<string>>();
  const texts = new Map<string, string>();
  let persistTimer: unknown = null;
  /** Bumped by every open: a build that an open replaced stops between chunks. */
  let generation = 0;

  const remember = (doc: SearchDocument) => {
    docs.set(doc.id, doc);
    signatures.set(doc.id, documentSignature(doc));
    const key = ownerKeyOf(doc);
    let set = byOwner.get(key);
    if (!set) byOwner.set(key, (set = new Set()));
    set.add(doc.id);
  };
  const forget = (id: string) => {
    const doc = docs.get(id);
    if (!doc) return;
    docs.delete(id);
    signatures.delete(id);
    byOwner.get(ownerKeyOf(doc))?.delete(id);
  };

  const serialized = (): FromWorker => ({ type: 'serialized', index: serializeIndex(index!), signatures: Object.fromEntries(signatures) });
  const persistSoon = () => {
    if (persistTimer !== null) timers.clearTimeout(persistTimer);
    persistTimer = timers.setTimeout(() => {
      persistTimer = null;
      if (index) post(serialized());
    }, persistDelayMs);
  };

  async function addInChunks(list: SearchDocument[], mine: number): Promise<boolean> {
    for (let i = 0; i < list.length; i += chunk) {
      addDocuments(index!, list.slice(i, i + chunk));
      post({ type: 'progress', done: Math.min(i + chunk, list.length), total: list.length });
      await timers.yieldNow();
      if (mine !== generation) return false;
    }
    return true;
  }

  /** Indexes again only what differs from `kept` (document id → signature) in an index already loaded. */
  async function catchUp(current: SearchDocument[], kept: Record<string, number>, mine: number): Promise<number | null> {
    const stale = Object.keys(kept).filter((id) => kept[id] !== signatures.get(id));
    const missing = current.filter((d) => kept[d.id] !== signatures.get(d.id));
    removeDocuments(index!, stale);
    if (!(await addInChunks(missing, mine))) return null;
    return missing.length + stale.filter((id) => !docs.has(id)).length;
  }

  function take(list: SearchDocument[], textList: [string, string][]): void {
    docs.clear();
    signatures.clear();
    byOwner.clear();
    texts.clear();
    for (const [id, text] of textList) texts.set(id, text);
    for (const doc of list) remember(doc);
  }

  async function open(message: Extract<ToWorker, { type: 'open' }>): Promise<void> {
    const mine = ++generation;
    options = message.options;
    take(message.docs, message.texts);

    // A kept index is trusted only as far as its signatures match: documents that changed while it
    // was not being kept up to date (the app closed before it was saved) are indexed again.
    if (message.stored) {
      try {
        index = loadSearchIndex(message.stored.index, options);
        const changed = await catchUp(message.docs, message.stored.signatures, mine);
        if (changed === null) return;
        post({ type: 'ready', restored: true, documents: docs.size, changed });
        if (changed > 0) persistSoon();
        return;
      } catch {
        // Unreadable: build it again below.
      }
    }
    index = createSearchIndex(options);
    post({ type: 'progress', done: 0, total: message.docs.length });
    if (!(await addInChunks(message.docs, mine))) return;
    post({ type: 'ready', restored: false, documents: docs.size, changed: message.docs.length });
    post(serialized());
  }

  /** Every document again (after a change too large to follow row by row, such as an import): only the differences are indexed. */
  async function sync(message: Extract<ToWorker, { type: 'sync' }>): Promise<void> {
    if (!index) return;
    const mine = ++generation;
    const kept = Object.fromEntries(signatures);
    take(message.docs, message.texts);
    const changed = await catchUp(message.docs, kept, mine);
    if (changed === null) return;
    post({ type: 'ready', restored: true, documents: docs.size, changed });
    if (changed > 0) persistSoon();
  }

  function replace(message: Extract<ToWorker, { type: 'replace' }>): void {
    if (!index) return;
    const gone: string[] = [];
    for (const owner of message.owners) {
      for (const id of byOwner.get(owner) ?? []) gone.push(id);
      byOwner.delete(owner);
    }
    for (const id of gone) forget(id);
    removeDocuments(index, gone);
    for (const doc of message.docs) if (docs.has(doc.id)) removeDocuments(index, [doc.id]);
    for (const doc of message.docs) remember(doc);
    addDocuments(index, message.docs);
    for (const [id, text] of message.texts) {
      if (text === null) texts.delete(id);
      else texts.set(id, text);
    }
    persistSoon();
  }

  function query(message: Extract<ToWorker, { type: 'query' }>): void {
    if (!index) return post({ type: 'result', id: message.id, lines: [], texts: 0, more: false });
    post(answerQuery(index, docs, texts, message, timers.now));
  }

  /** Changes that arrive while a build is under way wait for it, so a document is never added twice. */
  let building = 0;
  const waiting: Extract<ToWorker, { type: 'replace' }>[] = [];

  return {
    async handle(message: ToWorker): Promise<void> {
      try {
        if (message.type === 'replace') {
          if (building > 0) waiting.push(message);
          else replace(message);
          return;
        }
        if (message.type === 'query') return query(message);
        building++;
        try {
          if (message.type === 'open') {
            waiting.length = 0;
            await open(message);
          } else await sync(message);
        } finally {
          building--;
        }
        if (building === 0) for (const next of waiting.splice(0)) replace(next);
      } catch (error) {
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
