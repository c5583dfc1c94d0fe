import { useCallback, useRef, useState } from 'react';
import type { PickedFile } from '../../../shared/ipc/contract';
import { useStore } from '../../store/StoreProvider';
import { defaultChoices, entrySources, markDuplicates, queuedEntry, type FileEntry } from './batch';
import { parseFiles, type ParseJob } from './parseFiles';

export interface ImportProgress {
  index: number;
  total: number;
  fileName: string;
}

/**
 * The import batch being previewed: files are parsed in a worker (progress, cancel), checked
 * for duplicates against the project, and kept in memory until the user commits or discards.
 */
export function useImportBatch(projectId: string) {
  const { sources } = useStore();
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const job = useRef<ParseJob | null>(null);
  const nextKey = useRef(1);

  const update = useCallback((key: string, change: (entry: FileEntry) => FileEntry) => {
    setEntries((all) => all.map((e) => (e.key === key ? change(e) : e)));
  }, []);

  const add = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      setCancelled(false);
      const fresh = files.map((f) => queuedEntry(`f${nextKey.current++}`, f.name, f.bytes.byteLength));
      setEntries((all) => [...all, ...fresh]);
      const parsed: FileEntry[] = [];
      job.current = parseFiles(files.map((f) => ({ name: f.name, bytes: f.bytes })), (event) => {
        if (event.type === 'progress') setProgress({ index: event.index + 1, total: event.total, fileName: event.fileName });
        if (event.type === 'parsed') {
          const entry: FileEntry = { ...fresh[event.index]!, status: 'parsed', result: event.result };
          const ready = { ...entry, sources: defaultChoices(entrySources(entry)) };
          parsed.push(ready);
          update(entry.key, () => ready);
        }
        if (event.type === 'failed') update(fresh[event.index]!.key, (e) => ({ ...e, status: 'failed', failure: event.failure, include: false }));
      });
      try {
        await job.current.done;
        const hashes = await sources.findImportedHashes(projectId, parsed.map((e) => e.result!.sha256));
        // Pure updater (React may run it twice): a file is a duplicate if the project has its
        // hash, or an earlier file of this preview has the same hash.
        setEntries((all) => markDuplicates(all, hashes));
      } catch {
        // Cancelled: drop the files of this round, keep what was there before.
        const keys = new Set(fresh.map((f) => f.key));
        setEntries((all) => all.filter((e) => !keys.has(e.key)));
        setCancelled(true);
      } finally {
        job.current = null;
        setProgress(null);
      }
    },
    [sources, projectId, update],
  );

  /** A change to every entry at once (e.g. case attributes from a table). */
  const updateAll = useCallback((change: (entries: FileEntry[]) => FileEntry[]) => setEntries(change), []);

  const cancel = useCallback(() => job.current?.cancel(), []);
  const clear = useCallback(() => setEntries([]), []);
  return { entries, progress, cancelled, add, cancel, clear, update, updateAll };
}
