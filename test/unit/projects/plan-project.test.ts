import { describe, expect, it } from 'vitest';
import { projectTableNames, type Project } from '../../../shared/model';
import type { BackupTables } from '../../../shared/backup';
import { planCreateProject, planDuplicateProject, planPurgeProject, planRenameProject, type ProjectKeys } from '../../../shared/projects/plan-project';
import { fixedContext } from '../plan-context';

const empty = () => Object.fromEntries(projectTableNames.map((t) => [t, []])) as unknown as BackupTables;

describe('project plans', () => {
  it('create a project with a clean name, the default settings and the given id and time', () => {
    const { writes, value } = planCreateProject({ name: '  Grensearbeid   i NAV ' }, fixedContext());
    expect(value).toMatchObject({ id: 'new-1', name: 'Grensearbeid i NAV', createdAt: '2026-02-03T10:00:00.000Z', deletedAt: null, isDemo: false });
    expect(writes).toEqual([{ op: 'put', table: 'projects', projectId: 'new-1', row: value }]);
    expect(() => planCreateProject({ name: '  ' }, fixedContext())).toThrow(/needs a name/);
  });

  it('rename by a patch of the project row', () => {
    expect(planRenameProject('p', ' Nytt  navn ', fixedContext())).toEqual([
      { op: 'update', table: 'projects', projectId: 'p', key: 'p', patch: { name: 'Nytt navn', updatedAt: '2026-02-03T10:00:00.000Z' } },
    ]);
  });

  it('purge every row, rows that point at others before them, the project row last', () => {
    const keys = Object.fromEntries(projectTableNames.map((t) => [t, [`${t}-1`]])) as ProjectKeys;
    const writes = planPurgeProject('p', keys);
    expect(writes.every((w) => w.op === 'delete' && w.projectId === 'p')).toBe(true);
    const order = writes.map((w) => w.table);
    expect(order.indexOf('codings')).toBeLessThan(order.indexOf('codes'));
    expect(order.indexOf('messages')).toBeLessThan(order.indexOf('sources'));
    expect(order.at(-1)).toBe('projects');
    expect(writes).toHaveLength(projectTableNames.length + 1);
  });

  it('duplicate under new ids with every reference remapped, into the copy', () => {
    const project = { id: 'p', name: 'Original', isDemo: true, lastOpenedAt: 't' } as Project;
    const tables = empty();
    tables.codes = [{ id: 'k1', projectId: 'p', parentId: null, name: 'Hjelp' }];
    tables.codings = [{ id: 'c1', projectId: 'p', codeId: 'k1', sourceId: 's1', coderId: 'x' }];
    const { writes, value } = planDuplicateProject({ project, tables }, { name: 'Kopi' }, fixedContext());
    expect(value).toMatchObject({ id: 'new-1', name: 'Kopi', isDemo: false, lastOpenedAt: null });
    const rows = writes.map((w) => (w.op === 'put' ? (w.row as Record<string, unknown>) : null));
    const code = rows.find((r) => r?.name === 'Hjelp')!;
    const coding = rows.find((r) => r?.codeId !== undefined)!;
    expect(code.id).not.toBe('k1');
    expect(coding.codeId).toBe(code.id);
    expect(writes.every((w) => w.projectId === 'new-1')).toBe(true);
  });
});
