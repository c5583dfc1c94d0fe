import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectTables } from '../../../renderer/store/db';

/**
 * One read path (ARCHITECTURE.md): features, the app shell and the editor read through hooks in
 * renderer/store/queries/ and write through store commands. Lint refuses their Dexie imports;
 * the scan below catches what lint cannot see, a table or compound index named in their code.
 */
const eslint = new ESLint();
const root = join(__dirname, '../../..');

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('one read path: lint', () => {
  it.each([
    ['renderer/features/coding/probe.ts', "import { useLiveQuery } from 'dexie-react-hooks'; export const x = useLiveQuery;"],
    ['renderer/features/coding/probe.ts', "import Dexie from 'dexie'; export const x = Dexie;"],
    ['renderer/features/coding/probe.ts', "import type { KodebokDb } from '../../store/db'; export type D = KodebokDb;"],
    ['renderer/features/codebook/probe.tsx', "import { createDatabase } from '../../store/db'; export const x = createDatabase;"],
    ['renderer/app/probe.ts', "import { useLiveQuery } from 'dexie-react-hooks'; export const x = useLiveQuery;"],
    ['renderer/app/probe.ts', "import { createDatabase } from '../store/db'; export const x = createDatabase;"],
    ['renderer/editor/probe.ts', "import { liveQuery } from 'dexie'; export const x = liveQuery;"],
    ['renderer/editor/plugins/probe.ts', "import type { KodebokDb } from '../../store/db'; export type D = KodebokDb;"],
    ['renderer/services/probe.ts', "import type { KodebokDb } from '../store/db'; export type D = KodebokDb;"],
    // The database through the context, not the module: the store's own hook is refused as well.
    ['renderer/features/coding/probe.ts', "import { useDatabase } from '../../store/useDatabase'; export const x = useDatabase;"],
    ['renderer/app/probe.ts', "import { useDatabase } from '../store/useDatabase'; export const x = useDatabase;"],
    ['renderer/editor/probe.ts', "import { DatabaseContext } from '../store/useDatabase'; export const x = DatabaseContext;"],
    ['renderer/services/probe.ts', "import { useDatabase } from '../store/useDatabase'; export const x = useDatabase;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('the store itself, its queries and the composition root may use Dexie and the database module', async () => {
    expect(await ruleIds('renderer/store/queries/probe.ts', "import { useLiveQuery } from 'dexie-react-hooks'; export const x = useLiveQuery;")).toEqual([]);
    expect(await ruleIds('renderer/store/probe.ts', "import Dexie from 'dexie'; export const x = Dexie;")).toEqual([]);
    expect(await ruleIds('renderer/main.tsx', "import { createDatabase } from './store/db'; export const x = createDatabase;")).toEqual([]);
    expect(await ruleIds('renderer/store/queries/probe.ts', "import { useDatabase } from '../useDatabase'; export const x = useDatabase;")).toEqual([]);
  });

  it('features read through store/queries/ and reach the store through useStore', async () => {
    const code = "import { useSources } from '../../store/queries/sources'; import { useStore } from '../../store/StoreProvider'; export const x = [useSources, useStore];";
    expect(await ruleIds('renderer/features/sources/probe.ts', code)).toEqual([]);
  });
});

const tables = ['projects', 'settings', ...projectTables];
/** `db.codes`, `db.sourceTexts`…: a table reached from a database handle. */
const tableAccess = new RegExp(`\\bdb\\.(${tables.join('|')})\\b`);
/** `'[sourceId+order]'`: a Dexie compound index. */
const compoundIndex = /['"`]\[\w+(\+\w+)+\]['"`]/;

function namesTheStore(code: string): boolean {
  return tableAccess.test(code) || compoundIndex.test(code);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(folder, f));
}

/**
 * Files that still write raw rows themselves; each leaves this list when its change moves onto the
 * one write path (read → plan → apply) of issue #12.
 */
const rawWriters = new Set(['renderer/features/demo/createDemoProject.ts']);

describe('one read path: no table or index named above the store', () => {
  it('the scan recognises a table and a compound index', () => {
    expect(namesTheStore("db.codes.where('projectId').equals(id)")).toBe(true);
    expect(namesTheStore("x.where('[sourceId+order]').between(a, b)")).toBe(true);
    expect(namesTheStore('const codes = useProjectCodes(project.id); db.transaction')).toBe(false);
  });

  it('features/, app/, editor/ and services/ name no table and no compound index', () => {
    const folders = ['renderer/features', 'renderer/app', 'renderer/editor', 'renderer/services'].filter((f) => {
      try {
        return readdirSync(join(root, f)).length > 0;
      } catch {
        return false;
      }
    });
    const offenders = folders
      .flatMap(sourceFiles)
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => !rawWriters.has(f) && namesTheStore(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
