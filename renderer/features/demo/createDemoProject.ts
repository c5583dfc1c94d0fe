import type { Project } from '../../../shared/model';
import { parseDemoFiles } from '../../../shared/demo/demo-sources';
import { parseDemoManifest } from '../../../shared/demo/manifest';
import { sourceOrigin } from '../../../shared/import/origin';
import manifestJson from '../../../sample-data/demo-project.json';
import type { KodebokDb } from '../../store/db';
import { nowIso } from '../../store/ids';
import { createProject } from '../../store/repositories/projects';
import { importSources, type PreparedSource } from '../../store/repositories/sources';
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

/** Builds the demo project from sample-data/ through the same import path as the user's files. */
export async function createDemoProject(db: KodebokDb, language: 'nb' | 'en'): Promise<Project> {
  const manifest = parseDemoManifest(manifestJson);
  const parsed = await parseDemoFiles(manifest, readSample, webImportEnvironment);
  const importedAt = nowIso();
  const prepared: PreparedSource[] = parsed.flatMap(({ file, result }) =>
    result.sources.map((source) => ({
      title: source.title,
      kind: source.kind,
      text: source.text,
      messages: source.messages,
      attributes: { ...source.attributes, ...file.attributes },
      origin: sourceOrigin(result, importedAt),
    })),
  );
  // One transaction: a demo project is either complete or not there at all.
  return db.transaction('rw', [db.projects, db.sources, db.sourceTexts, db.messages, db.attributes], async () => {
    const project = await createProject(db, {
      name: manifest.name[language],
      description: manifest.description[language],
      isDemo: true,
    });
    await importSources(db, project.id, prepared);
    return project;
  });
}
