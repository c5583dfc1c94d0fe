/**
 * A .qdpx opened through the zip guard: the project XML (`project.qde`, `Project.qde`, or any
 * `<name>.qde`, whatever its case) and the files under `sources/` or `Sources/` that the XML names
 * as internal://<file>. Nothing is inflated before the zip's directory has been judged (entry
 * count, names, declared sizes, ratio), and each source is inflated only when it is read.
 */
import { ImportError } from '../../../import/result';
import { openZip, type GuardedZip, type ZipFormat } from '../../../import/zip-guard';
import type { ZipLimits } from '../../../import/zip-limits';
import { RefiReadError } from './errors';

const MB = 1024 * 1024;

/**
 * A project's text sources are small (the 2.4 MB NVivo fixture holds 1 MB of text), but a thesis
 * project may hold hundreds of interviews, each beside its rich-text twin, plus PDFs and media that
 * are never inflated: many entries, large files. The XML and each text read is at most 128 MB, all
 * read together 384 MB; the ratio and entry-name rules are the Office ones.
 */
export const qdpxZipLimits: ZipLimits = {
  maxEntries: 50_000,
  maxNameBytes: 512,
  maxEntryBytes: 128 * MB,
  maxTotalBytes: 384 * MB,
  maxRatio: 100,
  ratioFloorBytes: 8 * MB,
};

const qdpxFormat: ZipFormat = {
  noun: 'a REFI-QDA project (.qdpx)',
  resave: 'Export it again from the program that made it, and import the new file.',
  limits: qdpxZipLimits,
};

export interface QdpxArchive {
  qdeName: string;
  qde: Uint8Array;
  /** The entry an internal:// path names, or null when the .qdpx does not hold it. */
  entryFor(internalPath: string): string | null;
  /** Inflates one entry (through the guard's limits). */
  read(entry: string): Uint8Array;
  /** The entry at `path` beside the .qde (e.g. kodebok/extension.json), null when absent. */
  entryBeside(path: string): string | null;
}

/** The zip guard's refusals as REFI errors (their English text already says what and why). */
function guarded<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (error.code === 'zip-entry-name') throw new RefiReadError('refi-unsafe-name', { file, name: String(error.params.name ?? '') });
    if (error.code === 'zip-damaged') throw new RefiReadError('refi-zip-damaged', { file, detail: error.message });
    if (error.reason === 'too-large' || error.code === 'zip-size-mismatch')
      throw new RefiReadError('refi-too-large', { file, detail: error.message.replace(/^"[^"]*" (cannot be imported: )?/, '') });
    throw new RefiReadError('refi-zip-damaged', { file, detail: error.message });
  }
}

export function openQdpx(bytes: Uint8Array, file: string): QdpxArchive {
  const zip: GuardedZip = guarded(file, () => openZip(bytes, file, qdpxFormat));
  const qdes = zip.names.filter((n) => /\.qde$/i.test(n) && !n.endsWith('/'));
  // The standard puts project.qde at the top; a zipped folder puts it one level down.
  const top = qdes.filter((n) => !n.includes('/'));
  const candidates = top.length > 0 ? top : qdes;
  if (candidates.length === 0) throw new RefiReadError('refi-no-project', { file });
  if (candidates.length > 1) throw new RefiReadError('refi-several-projects', { file, names: candidates.join(', ') });
  const qdeName = candidates[0]!;
  const base = qdeName.includes('/') ? qdeName.slice(0, qdeName.lastIndexOf('/') + 1) : '';
  const byLowerName = new Map<string, string>();
  for (const name of zip.names) if (!name.endsWith('/')) byLowerName.set(name.toLowerCase(), name);
  const qde = guarded(file, () => zip.read([qdeName]).get(qdeName)!);
  return {
    qdeName,
    qde,
    entryFor(internalPath) {
      const relative = internalPath.replace(/^internal:\/\//i, '').replace(/^\/+/, '');
      return byLowerName.get(`${base}sources/${relative}`.toLowerCase()) ?? null;
    },
    entryBeside(path) {
      return byLowerName.get(`${base}${path}`.toLowerCase()) ?? null;
    },
    read(entry) {
      return guarded(file, () => zip.read([entry]).get(entry)!);
    },
  };
}
