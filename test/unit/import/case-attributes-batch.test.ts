import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeImportEnvironment } from '../../../cli/node-environment';
import { matchCaseAttributes, readCsv, readTableFile } from '../../../shared/import';
import {
  applyCaseAttributes,
  caseTargets,
  defaultChoices,
  entrySources,
  prepareBatch,
  queuedEntry,
  type FileEntry,
} from '../../../renderer/features/import/batch';
import { importBytes } from './import-helpers';

const sample = (path: string) => new Uint8Array(readFileSync(new URL(`../../../sample-data/${path}`, import.meta.url)));

async function entry(key: string, path: string): Promise<FileEntry> {
  const name = path.split('/').pop()!;
  const result = await importBytes(name, sample(path));
  const parsed: FileEntry = { ...queuedEntry(key, name, result.sizeBytes), status: 'parsed', result };
  return { ...parsed, sources: defaultChoices(entrySources(parsed)) };
}

describe('case attributes in the import preview', () => {
  it('deltakere.csv gives the focus group its group; the interviews keep their own attributes', async () => {
    const entries = [await entry('a', 'fokusgrupper/fokusgruppe-vignett.txt'), await entry('b', 'intervjuer/intervju-01-veileder.txt')];
    const targets = caseTargets(entries);
    const table = readTableFile('deltakere.csv', sample('fokusgrupper/deltakere.csv'), nodeImportEnvironment);
    const updated = applyCaseAttributes(entries, targets, matchCaseAttributes(table, 'deltaker', targets.map((t) => t.source)));
    const prepared = prepareBatch(updated, 'now');
    expect(prepared.map((p) => [p.title, p.attributes])).toEqual([
      ['fokusgruppe-vignett', { gruppe: 'Gruppe A' }],
      ['intervju-01-veileder', {}],
    ]);
  });

  it('matches the title the user typed in the preview, and keeps attributes the table does not name', async () => {
    const [fg] = [await entry('a', 'fokusgrupper/fokusgruppe-vignett.txt')];
    const edited: FileEntry = { ...fg!, sources: [{ ...fg!.sources[0]!, title: 'Fokusgruppe A', attributes: { sted: 'Bodø', gruppe: 'gammel' } }] };
    const targets = caseTargets([edited]);
    const table = readCsv('kilde;gruppe;dato\nFokusgruppe A;Gruppe A;2024-03-01\n', 'kilder.csv');
    const [updated] = applyCaseAttributes([edited], targets, matchCaseAttributes(table, 'kilde', targets.map((t) => t.source)));
    expect(updated!.sources[0]!.attributes).toEqual({ sted: 'Bodø', gruppe: 'Gruppe A', dato: '2024-03-01' });
  });

  it('leaves out files that are excluded or failed', async () => {
    const included = await entry('a', 'intervjuer/intervju-01-veileder.txt');
    const excluded = { ...(await entry('b', 'intervjuer/intervju-02-veileder-nynorsk.txt')), include: false };
    const failed: FileEntry = { ...queuedEntry('c', 'bilde.png', 10), status: 'failed' };
    expect(caseTargets([included, excluded, failed]).map((t) => t.title)).toEqual(['intervju-01-veileder']);
  });
});
