import type { Project } from '../../../shared/model';
import { codesFromCodebook } from '../../../shared/codebook/instantiate';
import { boundaryWorkTemplate } from '../../../shared/codebook/template';
import { codeDemoSequences, demoCodingRows, isKeyFile, parseCodingKey } from '../../../shared/demo/demo-coding';
import { parseDemoFiles } from '../../../shared/demo/demo-sources';
import { parseDemoManifest } from '../../../shared/demo/manifest';
import { sourceOrigin } from '../../../shared/import/origin';
import manifestJson from '../../../sample-data/demo-project.json';
import codingKeyJson from '../../../sample-data/dialoger/boundary-work-key.json';
import type { Store } from '../../store/StoreProvider';
import { newId, nowIso } from '../../store/ids';
import { currentCoder } from '../../store/repositories/coders';
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

/**
 * Builds the demo project from sample-data/ through the same import path as the user's files,
 * with the boundary-work codebook and the 47 coded sequences of the answer key.
 */
export async function createDemoProject(db: Store['db'], language: 'nb' | 'nn' | 'en'): Promise<Project> {
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

  // One transaction: a demo project is either complete or not there at all.
  return db.transaction('rw', [db.projects, db.sources, db.sourceTexts, db.messages, db.attributes, db.codes, db.codings, db.coders], async () => {
    const project = await createProject(db, {
      name: manifest.name[named],
      description: manifest.description[named],
      isDemo: true,
    });
    const sources = await importSources(db, project.id, prepared);
    const now = nowIso();
    const { codes, keys } = codesFromCodebook(boundaryWorkTemplate(language), { projectId: project.id, now, newId: () => newId() });
    await db.codes.bulkAdd(codes);
    const coder = await currentCoder(db, project.id);
    const sourceByTitle = new Map(sources.filter((_, i) => prepared[i]!.fromKeyFile).map((s) => [s.title, s.id]));
    const codings = demoCodingRows(demoCodings, sourceByTitle, keys, { projectId: project.id, coderId: coder.id, now, newId: () => newId() });
    await db.codings.bulkAdd(codings);
    return project;
  });
}
