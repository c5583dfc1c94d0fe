// Bundles the main process and the preload into self-contained CommonJS files:
//   electron/main.ts    → dist/electron/main.cjs     (shared/ and zod inlined)
//   electron/preload.ts → dist/electron/preload.cjs  (sandboxed: may require only "electron")
// Usage: node electron/build.mjs [--outdir <folder>]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag >= 0 && process.argv[outdirFlag + 1]
    ? path.resolve(process.argv[outdirFlag + 1])
    : path.join(root, 'dist', 'electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs') }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs') }),
]);

// A sandboxed preload gets a require() that knows only a few modules; anything else would fail at
// run time in the user's window, so fail the build instead.
const preload = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
const requires = [...preload.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1].trim());
const foreign = requires.filter((argument) => argument !== '"electron"');
if (requires.length === 0 || foreign.length > 0) {
  console.error(`preload.cjs must require only "electron", but requires: ${requires.join(', ') || 'nothing'}`);
  process.exit(1);
}

console.log(`Built ${path.relative(root, outdir) || outdir}/main.cjs and preload.cjs`);
