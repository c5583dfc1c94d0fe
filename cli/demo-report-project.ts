import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { boundaryWorkTemplate } from '../shared/codebook/template';
import { codeDemoSequences, isKeyFile, parseCodingKey } from '../shared/demo/demo-coding';
import { parseDemoFiles } from '../shared/demo/demo-sources';
import { parseDemoManifest } from '../shared/demo/manifest';
import { planDemoProject } from '../shared/demo/plan-demo-project';
import { sourceOrigin } from '../shared/import/origin';
import type { ProjectTableName } from '../shared/model';
import { reportRowsFromTables, type ReportLanguage, type ReportRows, type ReportTables } from '../shared/reports';
import { sampleDataFolder } from './demo-project';
import { nodeImportEnvironment } from './node-environment';

/**
 * The demo project exactly as the app creates it (renderer/features/demo/createDemoProject.ts):
 * the same plan, so whatever the app's demo carries (texts, turns, codings, a worked analysis)
 * the report sees too. Ids are predictable ("demo:1", …) so output is the same on every run.
 */
export async function loadDemoReportRows(language: ReportLanguage, folder = sampleDataFolder): Promise<ReportRows> {
  const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(folder, path), 'utf8'));
  const manifest = parseDemoManifest(await readJson('demo-project.json'));
  if (!manifest.codingKey) throw new Error('demo-project.json names no coding key.');
  const key = parseCodingKey(await readJson(manifest.codingKey));
  const parsed = await parseDemoFiles(
    manifest,
    async (path) => new Uint8Array(await readFile(join(folder, path))),
    nodeImportEnvironment,
  );
  const now = new Date().toISOString();
  const prepared = parsed.flatMap(({ file, result }) =>
    result.sources.map((source) => ({
      title: source.title,
      kind: source.kind,
      text: source.text,
      messages: source.messages,
      preamble: source.preamble,
      attributes: { ...source.attributes, ...file.attributes },
      origin: sourceOrigin(result, now),
      fromKeyFile: isKeyFile(file.path, key),
    })),
  );
  let n = 0;
  const planned = planDemoProject(
    {
      name: manifest.name[language === 'en' ? 'en' : 'nb'],
      description: manifest.description[language === 'en' ? 'en' : 'nb'],
      prepared,
      codebook: boundaryWorkTemplate(language),
      codings: codeDemoSequences(
        key,
        prepared.filter((p) => p.fromKeyFile),
      ),
    },
    { now, newId: () => `demo:${++n}` },
  );
  const tables: Partial<Record<ProjectTableName, object[]>> = {};
  for (const write of planned.writes) {
    if (write.op !== 'put' || write.table === 'projects') continue;
    (tables[write.table] ??= []).push(write.row);
  }
  return reportRowsFromTables(planned.value.name, tables as ReportTables, planned.value.settings.publishedTable);
}
