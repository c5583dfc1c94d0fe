import type { Project } from '../../../shared/model';
import { boundaryWorkTemplate } from '../../../shared/codebook/template';
import { codeDemoSequences, isKeyFile, parseCodingKey } from '../../../shared/demo/demo-coding';
import { parseDemoFiles } from '../../../shared/demo/demo-sources';
import { parseDemoManifest } from '../../../shared/demo/manifest';
import { sourceOrigin } from '../../../shared/import/origin';
import manifestJson from '../../../sample-data/demo-project.json';
import codingKeyJson from '../../../sample-data/dialoger/boundary-work-key.json';
import type { ProjectActions } from '../../store/actions/projects';
import { planDemoProject } from '../../../shared/demo/plan-demo-project';
import type { PreparedSource } from '../../../shared/sources/plan-import';
import { nowIso, planContext } from '../../store/ids';
import { webImportEnvironment } from '../import/web-environment';

/** The sample files as base64 (exact bytes: one is Windows-1252, one a .docx), loaded on demand. */
const sampleFiles = import.meta.glob<string>(['../../../sample-data/**/*.{txt,docx,vtt,srt,csv}', '!**/*.kilde.txt'], {
  query: '?base64',
  import: 'default',
});

async function readSample(path: string): Promise<Uint8Array> {
  const load = sampleFiles[`../../../sample-data/${path}`];
  if (!load) throw new Error(`The demo file sample-data/${path} is missing from this build.`);
  return Uint8Array.from(atob(await load()), (c) => c.charCodeAt(0));
}

/**
 * Builds the demo project from sample-data/ through the same import path as the user's files,
 * with the boundary-work codebook and the 47 coded sequences of the answer key.
 */
export async function createDemoProject(projects: Pick<ProjectActions, 'writeNewProject'>, language: 'nb' | 'nn' | 'en'): Promise<Project> {
  const named = language === 'en' ? 'en' : 'nb';
  const manifest = parseDemoManifest(manifestJson);
  const key = parseCodingKey(codingKeyJson);
  const parsed = await parseDemoFiles(manifest, readSample, webImportEnvironment);
  const importedAt = nowIso();
  const prepared: (PreparedSource & { fromKeyFile: boolean })[] = parsed.flatMap(({ file, result }) =>
    result.sources.map((source) => ({
      title: source.title,
      kind: source.kind,
      text: source.text,
      messages: source.messages,
      preamble: source.preamble,
      attributes: { ...source.attributes, ...file.attributes },
      origin: sourceOrigin(result, importedAt),
      fromKeyFile: isKeyFile(file.path, key),
    })),
  );
  const keyed = prepared.filter((p) => p.fromKeyFile);
  const demoCodings = codeDemoSequences(key, keyed);

  // One transaction (writeNewProject): a demo project is either complete or not there at all.
  const planned = planDemoProject(
    {
      name: manifest.name[named],
      description: manifest.description[named],
      prepared,
      codebook: boundaryWorkTemplate(language),
      codings: demoCodings,
    },
    planContext(),
  );
  await projects.writeNewProject(planned.writes);
  return planned.value;
}
