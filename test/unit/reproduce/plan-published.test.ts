import { describe, expect, it } from 'vitest';
import { projectRowSchema } from '../../../shared/backup/rows';
import { defaultProjectSettings } from '../../../shared/model';
import { planSavePublishedValue } from '../../../shared/reproduce';
import { fixedContext } from '../plan-context';

const project = { id: 'p1', settings: { ...defaultProjectSettings, publishedTable: { sequences: 47, clear: 10 } } };

describe('planSavePublishedValue', () => {
  it('patches the project settings with the new value, keeping the others', () => {
    const at = fixedContext();
    expect(planSavePublishedValue(project, 'clear', 11, at)).toEqual([
      {
        op: 'update',
        table: 'projects',
        projectId: 'p1',
        key: 'p1',
        patch: {
          settings: { ...defaultProjectSettings, publishedTable: { sequences: 47, clear: 11 } },
          updatedAt: at.now,
        },
      },
    ]);
  });

  it('clears a value with null, and writes nothing for an unchanged value', () => {
    const [write] = planSavePublishedValue(project, 'sequences', null, fixedContext());
    expect(write).toMatchObject({ patch: { settings: { publishedTable: { clear: 10 } } } });
    expect(planSavePublishedValue(project, 'sequences', 47, fixedContext())).toEqual([]);
    expect(
      planSavePublishedValue({ id: 'p2', settings: { ...defaultProjectSettings } }, 'clear', null, fixedContext()),
    ).toEqual([]);
  });

  it('refuses a count that is not a whole number from 0', () => {
    expect(() => planSavePublishedValue(project, 'clear', -1, fixedContext())).toThrow(RangeError);
    expect(() => planSavePublishedValue(project, 'clear', 2.5, fixedContext())).toThrow(RangeError);
  });
});

describe('published values in a backup', () => {
  it('are kept when a project row is read back (settings is a loose object)', () => {
    const row = {
      id: 'p1',
      name: 'Studie',
      description: '',
      settings: { ...defaultProjectSettings, publishedTable: { sequences: 47, clear: 10 } },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      lastOpenedAt: null,
      deletedAt: null,
      isDemo: false,
    };
    expect(projectRowSchema.parse(row).settings).toEqual({
      ...defaultProjectSettings,
      publishedTable: { sequences: 47, clear: 10 },
    });
  });
});
