import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WebBackupStore } from '../../../renderer/platform/web-backups';
import { freshName } from '../store/fixtures';

const stores: WebBackupStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) store.close();
});

function open(name = freshName()) {
  const store = new WebBackupStore(name);
  stores.push(store);
  return { store, name };
}

const bytes = (text: string) => [new TextEncoder().encode(text)];
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute));

describe('the browser build’s backup store', () => {
  it('keeps the newest N per project id, so two projects with the same name never delete each other’s backups', async () => {
    const { store } = open();
    const a = { projectId: 'P-A', projectName: 'Intervjustudie' };
    const b = { projectId: 'P-B', projectName: 'Intervjustudie' };
    for (let i = 0; i < 5; i++) await store.write(a, bytes(`a${i}`), `a${i}.kodebok.json`, at(i), 3);
    for (let i = 0; i < 2; i++) await store.write(b, bytes(`b${i}`), `b${i}.kodebok.json`, at(10 + i), 3);
    await store.write(a, bytes('a5'), 'a5.kodebok.json', at(20), 3);

    const listA = await store.list('P-A');
    expect(listA.folder).toBeNull();
    expect(listA.backups.map((x) => x.fileName)).toEqual(['a5.kodebok.json', 'a4.kodebok.json', 'a3.kodebok.json']);
    expect((await store.list('P-B')).backups.map((x) => x.fileName)).toEqual(['b1.kodebok.json', 'b0.kodebok.json']);
    expect(listA.backups[0]).toMatchObject({ savedAt: at(20).toISOString(), sizeBytes: 2 });
  });

  it('gives back the file exactly as written, joined from its pieces, after a reload', async () => {
    const { store, name } = open();
    const pieces = [new TextEncoder().encode('{"format":'), new TextEncoder().encode('"kodebok-project-backup"}')];
    await store.write({ projectId: 'P', projectName: 'Æ' }, pieces, 'æ.kodebok.json', at(0), 20);
    store.close();
    const again = open(name).store;
    const [stored] = (await again.list('P')).backups;
    const read = await again.read(stored!.id);
    expect(read.fileName).toBe('æ.kodebok.json');
    expect(text(read.bytes)).toBe('{"format":"kodebok-project-backup"}');
    await expect(again.read('finnes-ikke')).rejects.toThrow(/no longer stored/);
    again.close();
    await Dexie.delete(name);
  });
});
