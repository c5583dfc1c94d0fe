import { describe, expect, it } from 'vitest';
import type { Attribute } from '../../../shared/model';
import { planImportSources, type PreparedSource } from '../../../shared/sources/plan-import';
import { fixedContext } from '../plan-context';

const text = 'Bruker: Hei, når får jeg svar?\n\nVeileder: I morgen.';
const prepared = (title: string, attributes: Record<string, string>): PreparedSource => ({
  title,
  kind: 'dialogue',
  text,
  preamble: null,
  messages: [{ speaker: 'Bruker', role: 'user', delay: null, timestamp: null, timestampEnd: null, start: 8, end: 30, line: 1 }],
  origin: { fileName: 'dialog.txt', format: 'dialogue-txt', encoding: 'UTF-8', lineEndings: 'lf', sha256: 'ab', sizeBytes: 52, importedAt: 't', anonymisation: [] },
  attributes,
});
const bydel: Attribute = { id: 'a-bydel', projectId: 'p', name: 'Bydel', type: 'text', choices: [], order: 0, createdAt: 't', updatedAt: 't' };

describe('planImportSources', () => {
  it('plans attributes, sources, texts and messages grouped by table, then the project stamp', () => {
    const batch = [prepared('Dialog med Kari', { bydel: 'Sagene', Kjønn: 'kvinne' }), prepared('  ', { Kjønn: 'mann', Tom: ' ' })];
    const { writes, value } = planImportSources({ attributes: [bydel], lastOrder: 4 }, { projectId: 'p', batch }, fixedContext());
    expect(writes.map((w) => w.table)).toEqual(['attributes', 'sources', 'sources', 'sourceTexts', 'sourceTexts', 'messages', 'messages', 'projects']);
    expect(writes.every((w) => w.projectId === 'p')).toBe(true);
    // "bydel" is the Bydel already there; Kjønn is new, made once; an empty value makes no attribute.
    expect(value.map((s) => [s.title, s.order, s.attributes])).toEqual([
      ['Dialog med Kari', 5, { 'a-bydel': 'Sagene', 'new-2': 'kvinne' }],
      ['dialog.txt', 6, { 'new-2': 'mann' }],
    ]);
    expect(writes[0]).toMatchObject({ op: 'put', row: { id: 'new-2', name: 'Kjønn', order: 1 } });
    expect(writes.at(-1)).toEqual({ op: 'update', table: 'projects', projectId: 'p', key: 'p', patch: { updatedAt: '2026-02-03T10:00:00.000Z' } });
  });

  it('starts a first import at order 0', () => {
    const { value } = planImportSources({ attributes: [], lastOrder: null }, { projectId: 'p', batch: [prepared('A', {})] }, fixedContext());
    expect(value[0]!.order).toBe(0);
  });
});
