/**
 * Asks the browser/Electron to keep our IndexedDB even under storage pressure, and reports how
 * much room is left so the UI can warn before an import fails for lack of space.
 */
export interface StorageStatus {
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StorageStatus> {
  if (!storage) return { persisted: false, usageBytes: null, quotaBytes: null };
  let persisted: boolean;
  try {
    persisted = (await storage.persisted?.()) || (await storage.persist?.()) || false;
  } catch {
    persisted = false;
  }
  try {
    const estimate = await storage.estimate();
    return { persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
  } catch {
    return { persisted, usageBytes: null, quotaBytes: null };
  }
}
