import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules in eslint.config.js must actually fire: each case is an import a layer may not make. */
const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['shared/model/probe.ts', "import { readFileSync } from 'node:fs'; export const x = readFileSync;"],
    ['shared/model/probe.ts', "import fs from 'fs'; export const x = fs;"],
    ['shared/model/probe.ts', "import Dexie from 'dexie'; export const x = Dexie;"],
    ['shared/model/probe.ts', "import { useState } from 'react'; export const x = useState;"],
    ['shared/model/probe.ts', "import { app } from 'electron'; export const x = app;"],
    ['shared/model/probe.ts', "import { x } from '../../renderer/store/db'; export const y = x;"],
    ['renderer/app/probe.ts', "import { ipcRenderer } from 'electron'; export const x = ipcRenderer;"],
    ['renderer/app/probe.ts', "import path from 'node:path'; export const x = path;"],
    ['renderer/app/probe.ts', "import { x } from '../../electron/menu'; export const y = x;"],
    ['electron/probe.ts', "import { x } from '../renderer/store/db'; export const y = x;"],
    ['cli/probe.ts', "import { x } from '../renderer/store/db'; export const y = x;"],
    // D3 that needs a DOM stays in renderer/ even though its DOM-free siblings are allowed below.
    ['shared/charts/probe.ts', "import { select } from 'd3-selection'; export const x = select;"],
    ['shared/charts/probe.ts', "import { zoom } from 'd3-zoom'; export const x = zoom;"],
    ['shared/charts/probe.ts', "import * as d3 from 'd3'; export const x = d3;"],
    ['cli/probe.ts', "import { select } from 'd3-selection'; export const x = select;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('shared/ may not touch DOM or Node globals', async () => {
    expect(await ruleIds('shared/model/probe.ts', 'export const x = window.location; export const y = process.env;')).toEqual([
      'no-restricted-globals',
      'no-restricted-globals',
    ]);
  });

  it('allowed imports pass: renderer → shared, electron → node and shared, shared → zod', async () => {
    expect(await ruleIds('renderer/app/probe.ts', "import type { Project } from '../../shared/model'; export type P = Project;")).toEqual([]);
    expect(await ruleIds('electron/probe.ts', "import { join } from 'node:path'; import { channels } from '../shared/ipc/contract'; export const x = [join, channels];")).toEqual([]);
    expect(await ruleIds('shared/ipc/probe.ts', "import { z } from 'zod'; export const s = z.string();")).toEqual([]);
  });

  it.each([
    ['minisearch', "import MiniSearch from 'minisearch'; export const x = MiniSearch;"],
    ['@orama/stemmers', "import { stemmer } from '@orama/stemmers/norwegian'; export const x = stemmer;"],
  ])('shared/ and cli/ may use %s: the search index and its stemmers are pure', async (_name, code) => {
    expect(await ruleIds('shared/search/probe.ts', code)).toEqual([]);
    expect(await ruleIds('cli/probe.ts', code)).toEqual([]);
  });

  it('electron/ still may not import the search index: it holds no search code', async () => {
    expect(await ruleIds('electron/probe.ts', "import MiniSearch from 'minisearch'; export const x = MiniSearch;")).toContain('no-restricted-imports');
  });

  it.each(['d3-array', 'd3-scale', 'd3-shape', 'd3-hierarchy', 'd3-force', 'd3-format', 'd3-sankey'])(
    'shared/ and cli/ may use the DOM-free %s for chart layout',
    async (module) => {
      const code = `import * as m from '${module}'; export const x = m;`;
      expect(await ruleIds('shared/charts/probe.ts', code)).toEqual([]);
      expect(await ruleIds('cli/probe.ts', code)).toEqual([]);
    },
  );
});
