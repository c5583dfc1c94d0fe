import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codesFromCodebook } from '../shared/codebook/instantiate';
import { boundaryWorkTemplate } from '../shared/codebook/template';
import type { CodebookLanguage } from '../shared/codebook/document';
import { codeDemoSequences, demoCodingRows, isKeyFile, parseCodingKey } from '../shared/demo/demo-coding';
import { planDemoAnalysis } from '../shared/demo/demo-analysis';
import type { ProjectTableName, ReplyDelay, SpeakerRole } from '../shared/model';
import { parseDemoFiles } from '../shared/demo/demo-sources';
import { parseDemoManifest } from '../shared/demo/manifest';
import type { BackupContents } from '../shared/exchange/project-backup';
import { nodeImportEnvironment } from './node-environment';

export const sampleDataFolder = fileURLToPath(new URL('../sample-data/', import.meta.url));

/** The demo project as the CLI reads it: its sources, codes and codings, and the worked analysis example by table. */
export interface DemoContents extends BackupContents {
  /** The STC and thematic rows of the worked example (shared/demo/demo-analysis.ts), by table. */
  analysis: Partial<Record<ProjectTableName, Record<string, unknown>[]>>;
  /** Each source's messages (turns) as offsets, for charts that count "in the same message". */
  messages: { id: string; sourceId: string; order: number; start: number; end: number; role: SpeakerRole; delay: ReplyDelay | null }[];
}

/**
 * The demo project the app builds, built here from sample-data/ with the same importer, the
 * boundary-work template, the answer key's codings and the worked analysis example. Ids are
 * predictable ("code:clear", "source:12", "coding:3", "analysis:5") so output is the same on every run.
 */
export async function loadDemoProject(
  language: CodebookLanguage = 'en',
  folder = sampleDataFolder,
): Promise<DemoContents> {
  const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(folder, path), 'utf8'));
  const manifest = parseDemoManifest(await readJson('demo-project.json'));
  if (!manifest.codingKey) throw new Error('demo-project.json names no coding key.');
  const key = parseCodingKey(await readJson(manifest.codingKey));
  const parsed = await parseDemoFiles(
    manifest,
    async (path) => new Uint8Array(await readFile(join(folder, path))),
    nodeImportEnvironment,
  );

  const imported = parsed.flatMap(({ file, result }) =>
    result.sources.map((source) => ({ ...source, fromKeyFile: isKeyFile(file.path, key) })),
  );
  const sources = imported.map((s, order) => ({ id: `source:${order + 1}`, title: s.title, order, length: s.text.length }));
  const keyed = imported.flatMap((s, i) => (s.fromKeyFile ? [{ ...s, id: sources[i]!.id }] : []));

  const now = new Date().toISOString();
  let unnamed = 0;
  const { codes, keys } = codesFromCodebook(boundaryWorkTemplate(language), {
    projectId: 'demo',
    now,
    newId: (entry) => (entry.key ? `code:${entry.key}` : `code:${++unnamed}`),
  });
  const codings = demoCodingRows(codeDemoSequences(key, keyed), new Map(keyed.map((s) => [s.title, s.id])), keys, {
    projectId: 'demo',
    coderId: 'demo',
    now,
    newId: (i) => `coding:${i + 1}`,
  });
  let analysisIds = 0;
  const planned = planDemoAnalysis(
    {
      projectId: 'demo',
      authorId: 'demo',
      sources: imported.map((s, i) => ({ id: sources[i]!.id, text: s.text })),
      codeIds: keys,
    },
    { now, newId: () => `analysis:${++analysisIds}` },
  );
  const analysis: DemoContents['analysis'] = {};
  for (const write of planned.writes) {
    if (write.op === 'put' && write.table !== 'projects') (analysis[write.table] ??= []).push(write.row as Record<string, unknown>);
  }
  const messages = imported.flatMap((s, i) =>
    s.messages.map((m, order) => ({ id: `${sources[i]!.id}:message:${order + 1}`, sourceId: sources[i]!.id, order, start: m.start, end: m.end, role: m.role, delay: m.delay })),
  );
  return { sources, codes, codings, analysis, messages };
}
