import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDemoProjectRows } from '../../../cli/demo-report-project';
import type { BackupRow } from '../../../shared/backup/format';
import { extensionPath } from '../../../shared/exchange/refi/kodebok-extension';
import { writeQdpx } from '../../../shared/exchange/refi/write/qdpx';
import { latestSchemaVersion } from '../../../shared/migrations';
import { readBytes } from './refi-read-helpers';

const options = { origin: 'Kodebok 0.1.0', schemaVersion: latestSchemaVersion, appVersion: '0.1.0' };
const names = (rows: BackupRow[], field = 'name') => rows.map((r) => String(r[field])).sort();

describe('Kodebok → .qdpx → Kodebok through the REFI import', () => {
  it('the demo project comes back with its turns, analysis, criteria and codings (the Kodebok extension applied)', async () => {
    const demo = await loadDemoProjectRows('nb');
    const result = await readBytes(writeQdpx(demo, options).bytes, 'demo.qdpx');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const back = result.project.tables;
    expect(result.report.warnings).toEqual([]);
    expect(result.report.unplaced).toEqual([]);
    expect(back.messages).toHaveLength(demo.tables.messages.length);
    expect(back.messages.length).toBeGreaterThan(0);
    expect(back.codings).toHaveLength(demo.tables.codings.length);
    expect(back.memos).toHaveLength(demo.tables.memos.length);
    expect(names(back.codes)).toEqual(names(demo.tables.codes));
    expect(names(back.codes, 'definition')).toEqual(names(demo.tables.codes, 'definition'));
    expect(names(back.codes, 'inclusion')).toEqual(names(demo.tables.codes, 'inclusion'));
    for (const table of ['meaningUnits', 'codeGroups', 'themes', 'analysisSteps'] as const) expect(back[table], table).toHaveLength(demo.tables[table].length);
    expect(result.project.project.settings).toEqual(demo.project.settings);
    expect(demo.project.isDemo).toBe(true);
    expect(result.project.project.isDemo).toBe(false);
    // Every coding covers the same passage as before.
    const passages = (tables: typeof back) => {
      const texts = new Map(tables.sourceTexts.map((t) => [String(t.sourceId), String(t.text)]));
      return tables.codings.map((c) => texts.get(String(c.sourceId))!.slice(Number(c.start), Number(c.end))).sort();
    };
    expect(passages(back)).toEqual(passages(demo.tables));
  });

  it('a damaged extension leaves what project.qde holds, with a warning', async () => {
    const demo = await loadDemoProjectRows('nb');
    const entries = unzipSync(writeQdpx(demo, options).bytes);
    entries[extensionPath] = strToU8('{"format":"noe annet"}');
    const result = await readBytes(zipSync(entries), 'demo.qdpx');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.report.warnings).toContainEqual({ code: 'extension-not-read', params: { problem: 'not-an-extension' } });
    expect(result.project.tables.messages).toEqual([]);
    expect(result.project.tables.codings).toHaveLength(demo.tables.codings.length);
    expect(strFromU8(entries['project.qde']!)).toContain('<Project');
  });
});
