// Runs the real build script and checks the bundles it writes, including running the preload the
// way a sandboxed renderer would: with a require() that knows only "electron".
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let outdir: string;
let preload: string;
let main: string;

beforeAll(async () => {
  outdir = await mkdtemp(path.join(tmpdir(), 'kodebok-build-'));
  await promisify(execFile)(process.execPath, [path.join(root, 'electron/build.mjs'), '--outdir', outdir], {
    cwd: root,
  });
  preload = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
  main = await readFile(path.join(outdir, 'main.cjs'), 'utf8');
}, 60_000);

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

const requiredModules = (code: string) => [...code.matchAll(/\brequire\(([^)]*)\)/g)].map((m) => m[1]);

describe('electron bundles', () => {
  it('the preload requires nothing but electron', () => {
    expect(requiredModules(preload)).toEqual(['"electron"']);
    expect(preload).not.toMatch(/zod/i);
  });

  it('the preload runs in a sandbox-like context and exposes the API', async () => {
    const exposeInMainWorld = vi.fn();
    const ipcRenderer = { invoke: vi.fn(async () => undefined), on: vi.fn(), removeListener: vi.fn() };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return { contextBridge: { exposeInMainWorld }, ipcRenderer };
      throw new Error(`module not found: ${id}`);
    };
    vm.runInNewContext(preload, { require: sandboxRequire, module: { exports: {} }, exports: {} });
    expect(exposeInMainWorld).toHaveBeenCalledWith('kodebok', expect.any(Object));
    const api = exposeInMainWorld.mock.calls[0]![1] as { setLanguage(l: string): Promise<void> };
    await api.setLanguage('en');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(channels.setLanguage, { language: 'en' });
  });

  it('the main bundle is self-contained: only electron and Node built-ins stay external', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const externals = requiredModules(main).map((m) => JSON.parse(m!) as string);
    expect(externals).toContain('electron');
    for (const id of externals) expect(id === 'electron' || builtins.has(id), id).toBe(true);
    // zod and the contract are inlined.
    expect(main).toContain(channels.saveFile);
  });
});
