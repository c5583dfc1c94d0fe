import { importFile, type ImportEnvironment, type ImportFileResult } from '../import';
import type { ColumnMapping } from '../import/table';
import { demoFileName, type DemoFile, type DemoManifest } from './manifest';

export interface DemoImport {
  file: DemoFile;
  result: ImportFileResult;
}

function columnMapping(columns: Record<string, string> | undefined): ColumnMapping | undefined {
  if (!columns?.speaker || !columns.text) return undefined;
  return { ...columns, speaker: columns.speaker, text: columns.text };
}

/**
 * Parses every file of the demo manifest with the same importer a user's files go through.
 * `readFile` gives a file's bytes by its manifest path (Vite bundle in the app, fs in the CLI).
 */
export async function parseDemoFiles(
  manifest: DemoManifest,
  readFile: (path: string) => Promise<Uint8Array>,
  env: ImportEnvironment,
): Promise<DemoImport[]> {
  const parsed: DemoImport[] = [];
  for (const file of manifest.files) {
    const bytes = await readFile(file.path);
    const mapping = columnMapping(file.columns);
    const result = await importFile(
      { fileName: demoFileName(file), bytes, options: mapping ? { columnMapping: mapping } : {} },
      env,
    );
    parsed.push({ file, result });
  }
  return parsed;
}
