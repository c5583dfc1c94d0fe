import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One write path: every change to a project is a list of `Write`s applied by
 * renderer/store/history (recorded: applyWrites; bulk: applyWritesInBulk). Nothing else in the
 * renderer writes to Dexie, so the later sync layer, which replicates those writes, sees every
 * change. The few places allowed to write say why.
 */
const allowed: Record<string, string> = {
  'renderer/store/history/recorder.ts': 'the recorded apply',
  'renderer/store/history/change.ts': 'undo and redo replay recorded rows',
  'renderer/store/history/apply-writes.ts': 'the apply itself',
  'renderer/store/repositories/settings.ts': 'app-level settings: not project data, never replicated',
  'renderer/store/repositories/search-indexes.ts': "this machine's search index cache: derived from the rows, never replicated",
  'renderer/store/upgrades/v2-coders.ts': 'a Dexie schema upgrade (its row-level twin is in shared/migrations)',
  'renderer/store/upgrades/v3-original-texts.ts': 'a Dexie schema upgrade (its row-level twin is in shared/migrations)',
  'renderer/platform/web-backups.ts': 'backup files of the browser build, in their own database',
};

/** Dexie writes: a table (db.x, table(...), rec, tx) receiving put/add/update/delete/bulk*. */
const dexieWrite = /\b(?:db\.\w+|this\.db\.\w+|\w*[tT]able\([^)]*\)|rec|tx\.table\([^)]*\))\s*\.(?:bulkAdd|bulkPut|bulkDelete|bulkUpdate|put|add|update|delete|clear|modify)\(/;

/** Deleting or changing what a query found: db.x.where(…).equals(…).delete() / .modify(…). */
const queryWrite = /\.where\([^;]*\)\s*(?:\.\w+\([^;]*\))*\.(?:delete|modify)\(/;

function writesToDexie(code: string): boolean {
  return dexieWrite.test(code) || queryWrite.test(code);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'build' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the write path', () => {
  it('the detector sees the ways code writes to Dexie, and not reads', () => {
    expect(writesToDexie('await db.codes.put(code);')).toBe(true);
    expect(writesToDexie("await db.table('codings').bulkAdd(rows);")).toBe(true);
    expect(writesToDexie("await db.codes.where('projectId').equals(id).delete();")).toBe(true);
    expect(writesToDexie('await rec.update(table, key, patch);')).toBe(true);
    expect(writesToDexie('await db.projects.update(id, { name });')).toBe(true);
    expect(writesToDexie("const codes = await db.codes.where('projectId').equals(id).toArray();")).toBe(false);
    expect(writesToDexie('seen.delete(id); map.set(a, b);')).toBe(false);
  });

  it('no file in the renderer writes to Dexie outside the write path', () => {
    const root = join(__dirname, '../../..');
    const offenders = sourceFiles(join(root, 'renderer'))
      .map((file) => relative(root, file).replaceAll('\\', '/'))
      .filter((file) => !(file in allowed))
      .filter((file) => {
        const code = readFileSync(join(root, file), 'utf8');
        return writesToDexie(code);
      });
    expect(offenders).toEqual([]);
  });
});
