// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layers are enforced here, not by hope (ARCHITECTURE.md): imports point down only.
 * shared/ → nothing but pure libraries; renderer/ → shared/; electron/ and cli/ → shared/.
 */
const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (groups, message) => ({ group: groups, message });

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-*', 'lexical', '@lexical/*', 'd3', 'd3-*', 'minisearch', 'i18next', 'react-i18next'];
/**
 * D3's DOM-free modules: pure computation that runs the same in Node and the browser, so chart
 * layouts live in shared/charts and `cli chart` draws the same marks (ARCHITECTURE.md, Charts).
 * The rest of D3 (d3-selection, d3-zoom, d3-brush, the d3 bundle…) needs a DOM and stays in renderer/.
 */
const domFreeD3 = ['d3-array', 'd3-scale', 'd3-shape', 'd3-hierarchy', 'd3-force', 'd3-format', 'd3-sankey'];
/**
 * The search index (MiniSearch) and its stemmers (@orama/stemmers, not on the UI list) are pure
 * computation too: shared/search builds and queries the index, so the app's worker and `cli search`
 * find the same hits (ARCHITECTURE.md). Other layers reach it through shared/search.
 */
const pureSearch = ['minisearch'];
/** The UI list for shared/ and cli/: every d3-* but the DOM-free ones, and not the search index (gitignore-style negation). */
const uiLibrariesButPureD3 = [...uiLibraries, ...[...domFreeD3, ...pureSearch].map((name) => `!${name}`)];
const layerFolders = (...layers) => layers.flatMap((l) => [`**/${l}/**`, `../${l}/*`, `../../${l}/*`, `../../../${l}/*`]);

/** The renderer's own rule: the OS only through platform/, no other top layer; plus the folder's extra patterns. */
const rendererImports = (...patterns) => [
  'error',
  {
    paths: nodeModules.map((name) => ({ name, message: 'renderer/ talks to the OS only through platform/ (the bridge).' })),
    patterns: [
      restrict(['electron', 'electron/*'], 'renderer/ reaches Electron only through window.kodebok (platform/bridge.electron.ts).'),
      restrict(layerFolders('electron', 'cli'), 'renderer/ imports shared/ only, never electron/ or cli/.'),
      ...patterns,
    ],
  },
];
const rendererFolder = (folder) => [`renderer/${folder}/**/*.ts`, `renderer/${folder}/**/*.tsx`];
/** One read path: features, the app shell and the editor read through store/queries/ and write through store commands. */
const readPath = [
  restrict(['dexie', 'dexie-*'], 'Read with a hook from renderer/store/queries/ and write with a store command: only renderer/store/ imports Dexie.'),
  restrict(['**/store/db', '**/store/db.ts'], 'The database module is renderer/store/\'s own: read through store/queries/, write through store commands.'),
  restrict(
    ['**/store/useDatabase', '**/store/useDatabase.ts'],
    'The database context is for store/queries/ only: take named operations and historyFor from useStore().',
  ),
];
const noApp = restrict(['**/app', '**/app/**'], 'app/ composes the screens; nothing below it imports app/. Services the features share live in renderer/services/.');
const noFeatures = restrict(['**/features', '**/features/**'], 'Only app/ composes features/; the layers below them never import a feature.');

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeModules.map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node. Take bytes or strings.' })),
          patterns: [
            restrict(['electron', 'electron/*'], 'shared/ must not import Electron.'),
            restrict(uiLibrariesButPureD3, 'shared/ must not import UI, store or DOM chart libraries (they belong in renderer/); D3\'s DOM-free modules and MiniSearch are allowed.'),
            restrict(['iconv-lite'], 'Decoding is injected from the edges (cli/, renderer/); shared/ takes bytes.'),
            restrict(layerFolders('renderer', 'electron', 'cli'), 'shared/ is the bottom layer: it imports no other layer.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname', '__filename'].map(
          (name) => ({ name, message: `shared/ runs everywhere: no ${name}.` }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    // Build tooling that runs in Node (Vite config and plugins), not in the renderer.
    ignores: ['renderer/vite.config.ts', 'renderer/build/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': rendererImports(),
    },
  },
  // Inside renderer/, imports point down too: app/ composes features/, which stand on services/,
  // store/, editor/ and ui/. A later block replaces the rule's options for its files, so each
  // folder lists every restriction it has.
  { files: rendererFolder('features'), rules: { 'no-restricted-imports': rendererImports(...readPath, noApp) } },
  { files: rendererFolder('app'), rules: { 'no-restricted-imports': rendererImports(...readPath) } },
  { files: [...rendererFolder('editor'), ...rendererFolder('services')], rules: { 'no-restricted-imports': rendererImports(...readPath, noApp, noFeatures) } },
  {
    files: ['store', 'ui', 'platform', 'i18n'].flatMap(rendererFolder),
    rules: { 'no-restricted-imports': rendererImports(noApp, noFeatures) },
  },
  {
    files: ['electron/**/*.ts', 'electron/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(layerFolders('renderer', 'cli'), 'electron/ is thin: it imports shared/ only, never renderer/ or cli/.'),
            restrict(uiLibraries, 'electron/ holds no UI or store code.'),
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(layerFolders('renderer', 'electron'), 'cli/ imports shared/ only.'),
            restrict(uiLibrariesButPureD3, 'cli/ holds no UI or store code; D3\'s DOM-free modules and MiniSearch are allowed.'),
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', '*.config.ts', '*.config.js', 'renderer/vite.config.ts', 'renderer/build/**', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
