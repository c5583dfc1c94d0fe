import { describe, expect, it } from 'vitest';
import { defaultSearchOptions, searchDocumentsOf, type SearchRows } from '../../../shared/search';
import { createSearchEngine } from '../../../renderer/search/engine';
import { ownerKeyOf, sourceOwner, type FromWorker, type ToWorker } from '../../../renderer/search/protocol';
import { SearchHost } from '../../../renderer/search/search-host';

const text = 'Bruker: Jeg har klaget på vedtaket.\n\nVeileder: Klagen er sendt til NAV-kontoret.';
const rows = (sourceText = text): SearchRows => ({
  sources: [{ id: 's1', title: 'Dialog 1', text: sourceText, kind: 'dialogue' }],
  messages: [
    { id: 'm1', sourceId: 's1', start: 8, end: 35, role: 'user' },
    { id: 'm2', sourceId: 's1', start: 47, end: sourceText.length, role: 'caseworker' },
  ],
  memos: [{ id: 'memo1', title: 'Om klager', plainText: 'Mange vedtak blir påklaget.' }],
  codes: [],
  condensates: [],
});

/** A host over an in-process engine: messages are delivered asynchronously, as a worker's are. */
function harness(now?: () => number) {
  const sent: FromWorker[] = [];
  const kept: { index: string; signatures: Record<string, number> }[] = [];
  let deliver: (m: FromWorker) => void = () => undefined;
  const engine = createSearchEngine((m) => {
    sent.push(m);
    queueMicrotask(() => deliver(m));
  }, { yieldNow: () => Promise.resolve(), setTimeout: (fn) => (fn(), 1), clearTimeout: () => undefined, now });
  const host = new SearchHost(
    (onMessage) => {
      deliver = onMessage;
      return { postMessage: (m: ToWorker) => void Promise.resolve().then(() => engine.handle(m)), terminate: () => undefined };
    },
    (k) => kept.push(k),
  );
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { host, sent, kept, settled };
}

const words = async (host: SearchHost, query: string) => {
  const answer = await host.query(query, 'words', 100, 20);
  if (!answer || 'error' in answer) throw new Error(JSON.stringify(answer));
  return answer.lines.map((l) => `${l.docId}:${l.hit}`);
};

describe('the search worker host', () => {
  it('builds the index with progress, answers with keyword-in-context lines in the source text, and gives the index to keep', async () => {
    const { host, sent, kept, settled } = harness();
    const docs = searchDocumentsOf(rows());
    host.open(defaultSearchOptions, docs, [['s1', text]], null);
    await settled();
    expect(sent.filter((m) => m.type === 'progress').at(-1)).toEqual({ type: 'progress', done: docs.length, total: docs.length });
    expect(host.getStatus()).toEqual({ phase: 'ready', restored: false, documents: 3 });
    expect(kept).toHaveLength(1);

    const answer = await host.query('vedtak', 'words', 100, 12);
    expect(answer).not.toBeNull();
    const lines = (answer as { lines: { docId: string; hit: string; before: string; role?: string; start: number }[] }).lines;
    const inMessage = lines.find((l) => l.docId === 'm:m1')!;
    // Offsets are into the source, and the context reaches back over the message's own start.
    expect(text.slice(inMessage.start, inMessage.start + inMessage.hit.length)).toBe('vedtaket');
    expect(inMessage.role).toBe('user');
    expect(lines.map((l) => l.docId).sort()).toEqual(['m:m1', 'memo:memo1']);
  });

  it('a kept index opens without indexing again, and a document changed meanwhile (a typo fix) is indexed again', async () => {
    const first = harness();
    first.host.open(defaultSearchOptions, searchDocumentsOf(rows()), [['s1', text]], null);
    await first.settled();
    const kept = first.kept.at(-1)!;

    const same = harness();
    same.host.open(defaultSearchOptions, searchDocumentsOf(rows()), [['s1', text]], kept);
    await same.settled();
    expect(same.sent.find((m) => m.type === 'ready')).toMatchObject({ restored: true, changed: 0 });
    expect(await words(same.host, 'klagen')).toContain('m:m2:Klagen');

    const fixed = text.replace('NAV-kontoret', 'Nav-kontoret i Bø');
    const changed = harness();
    changed.host.open(defaultSearchOptions, searchDocumentsOf(rows(fixed)), [['s1', fixed]], kept);
    await changed.settled();
    expect(changed.sent.find((m) => m.type === 'ready')).toMatchObject({ restored: true, changed: 1 });
    expect(await words(changed.host, 'Bø')).toEqual(['m:m2:Bø']);
  });

  it('a changed or deleted row replaces exactly its own documents', async () => {
    const { host, settled } = harness();
    host.open(defaultSearchOptions, searchDocumentsOf(rows()), [['s1', text]], null);
    await settled();
    // The memo is edited: its old words go, its new ones come.
    host.replace([ownerKeyOf({ kind: 'memo', ownerId: 'memo1' })], searchDocumentsOf({ ...rows(), sources: [], messages: [], memos: [{ id: 'memo1', title: 'Om klager', plainText: 'Ventetid på svar.' }] }), []);
    await settled();
    expect(await words(host, 'vedtak')).toEqual(['m:m1:vedtaket']);
    expect(await words(host, 'ventetid')).toEqual(['memo:memo1:Ventetid']);
    // The source is deleted: its messages go, the memo stays.
    host.replace([sourceOwner('s1')], [], [['s1', null]]);
    await settled();
    expect(await words(host, 'klagen')).toEqual([]);
    expect(await words(host, 'ventetid')).toEqual(['memo:memo1:Ventetid']);
  });

  it('drops the answer to a query typed over, and says what is wrong with a bad one', async () => {
    const { host, settled } = harness();
    host.open(defaultSearchOptions, searchDocumentsOf(rows()), [['s1', text]], null);
    await settled();
    const older = host.query('klage', 'words', 100, 20);
    const newer = host.query('vedtak', 'words', 100, 20);
    expect(await older).toBeNull();
    expect(await newer).toMatchObject({ lines: expect.any(Array) });
    expect(await host.query('"vedtak', 'words', 100, 20)).toEqual({ error: { code: 'unclosed-quote', params: { at: 0 } } });
  });

  it('answers a page of hits with how many texts match in all, and the rest when asked for a longer page', async () => {
    const { host, settled } = harness();
    host.open(defaultSearchOptions, searchDocumentsOf(rows()), [['s1', text]], null);
    await settled();
    const first = await host.query('vedtak', 'words', 1, 20);
    expect(first).toMatchObject({ texts: 2, more: true });
    expect(first && 'lines' in first && first.lines).toHaveLength(1);
    const all = await host.query('vedtak', 'words', 100, 20);
    expect(all).toMatchObject({ texts: 2, more: false });
    expect(all && 'lines' in all && all.lines.map((l) => l.docId).sort()).toEqual(['m:m1', 'memo:memo1']);
  });

  it('stops a regular expression that runs past its time budget and says so', async () => {
    // A clock that jumps ten seconds every time it is read.
    let clock = 0;
    const { host, settled } = harness(() => (clock += 10_000));
    host.open(defaultSearchOptions, searchDocumentsOf(rows()), [['s1', text]], null);
    await settled();
    expect(await host.query('vedtak\\w*', 'regex', 100, 20)).toEqual({ error: { code: 'regex-too-slow', params: { seconds: 3 } } });
  });
});
