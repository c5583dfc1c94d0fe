import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../../renderer/store/storage-errors';
import { requestPersistentStorage } from '../../../renderer/store/persistence';

describe('storage problems in words', () => {
  it('recognises a full disk, also when Dexie wraps it', () => {
    expect(describeStorageError(Object.assign(new Error('full'), { name: 'QuotaExceededError' })).kind).toBe('quota');
    expect(
      describeStorageError(Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })).kind,
    ).toBe('quota');
  });

  it('recognises a newer store and a missing IndexedDB', () => {
    expect(describeStorageError(Object.assign(new Error('v'), { name: 'VersionError' })).kind).toBe('version');
    expect(describeStorageError(Object.assign(new Error('no idb'), { name: 'MissingAPIError' })).kind).toBe('unavailable');
    expect(describeStorageError('weird').kind).toBe('unknown');
  });
});

describe('persistent storage', () => {
  it('asks for persistence once and reports usage and quota', async () => {
    let asked = 0;
    const storage = {
      persisted: async () => false,
      persist: async () => {
        asked += 1;
        return true;
      },
      estimate: async () => ({ usage: 1000, quota: 5000 }),
    } as unknown as StorageManager;
    expect(await requestPersistentStorage(storage)).toEqual({ persisted: true, usageBytes: 1000, quotaBytes: 5000 });
    expect(asked).toBe(1);
  });

  it('says not persisted where the platform has no storage manager', async () => {
    expect(await requestPersistentStorage(undefined)).toEqual({ persisted: false, usageBytes: null, quotaBytes: null });
  });
});
