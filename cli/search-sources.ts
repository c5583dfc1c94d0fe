import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { ImportError, importFile } from '../shared/import';
import type { Message } from '../shared/model';
import type { SearchRows } from '../shared/search';
import { fileErrorReason } from './file-error-reason';
import type { CliIo } from './io';
import { nodeImportEnvironment } from './node-environment';
import { readReportBackup } from './report-backup';

/*
 * What `cli search` searches: one file imported with the app's parsers, every importable file
 * in a folder, or the sources of a project backup (texts with their typo fixes applied). Each
 * source's title is what the hits name.
 */

/** Extensions the importers read: a folder's other files (images, notes to self) are passed over. */
const importable = new Set(['txt', 'text', 'md', 'vtt', 'srt', 'csv', 'tsv', 'docx', 'pdf', 'xlsx']);
const extension = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * Imports one file into the rows. False after one line on stderr when it cannot be read or
 * imported; in a folder (`skipping`) a file the importers reject is named and passed over, so one
 * attribute table among the transcripts does not stop the search.
 */
async function importInto(rows: SearchRows, path: string, name: string, io: CliIo, skipping = false): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    io.stderr(`${path}: ${fileErrorReason(error)}\n`);
    return false;
  }
  try {
    const result = await importFile({ fileName: basename(path), bytes }, nodeImportEnvironment);
    result.sources.forEach((source, i) => {
      const id = `${rows.sources.length}`;
      // A file of one source is named by the file; threads of a file by file and thread title.
      const title = result.sources.length === 1 ? name : `${name}: ${source.title || `${i + 1}`}`;
      rows.sources.push({ id, title, text: source.text, kind: source.kind });
      source.messages.forEach((m, n) => rows.messages.push({ id: `${id}.${n}`, sourceId: id, start: m.start, end: m.end, role: m.role }));
    });
    return true;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const where = `${path}:${error.line === null ? '' : `${error.line}:`}`;
    io.stderr(skipping ? `${where} warning: skipped, not searched (${oneLine(error.message)})\n` : `${where} ${oneLine(error.message)}\n`);
    return skipping;
  }
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && importable.has(extension(e.name)) && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !relative(folder, p).split(/[\\/]/).some((part) => part.startsWith('.')))
    .sort();
}

/** The rows to index, or null after one line on stderr (a file that cannot be read or imported). */
export async function readSearchSources(path: string, io: CliIo): Promise<SearchRows | null> {
  const rows: SearchRows = { sources: [], messages: [], memos: [], codes: [] };
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    io.stderr(`${path}: ${fileErrorReason(error)}\n`);
    return null;
  }
  if (isFolder) {
    for (const file of await filesIn(path)) if (!(await importInto(rows, file, relative(path, file), io, true))) return null;
    return rows;
  }
  if (extension(path) === 'json') {
    const project = await readReportBackup(path, io);
    if (!project) return null;
    // Backup rows are whole message rows: ids and roles are there (ReportRows types only what reports read).
    const messages = project.messages as unknown as Pick<Message, 'id' | 'sourceId' | 'start' | 'end' | 'role'>[];
    return { ...rows, sources: [...project.sources].sort((a, b) => a.order - b.order), messages };
  }
  return (await importInto(rows, path, basename(path), io)) ? rows : null;
}
