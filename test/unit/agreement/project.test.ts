import { describe, expect, it } from 'vitest';
import {
  codeUnitTable,
  indexCodings,
  paragraphSpans,
  projectAgreement,
  sentenceSpans,
  type AgreementCoding,
  type AgreementSource,
} from '../../../shared/agreement';
import type { Code } from '../../../shared/model';

// A synthetic thread: three messages between an invented user and a caseworker.
const turns = ['Hei, jeg lurer på om jeg kan få hjelp med husleien.', 'Du kan søke om sosialhjelp. Send søknaden i dag.', 'Takk! Jeg sender den nå.'];
const text = turns.join('\n');
const turnSpans = turns.map((t) => {
  const start = text.indexOf(t);
  return { start, end: start + t.length };
});
const thread: AgreementSource = { id: 's1', text, turns: turnSpans };
const notes: AgreementSource = { id: 's2', text: 'Avsnitt én.\n\nAvsnitt to.', turns: [] };

function code(id: string, name: string, parentId: string | null = null, order = 0): Code {
  return {
    id, projectId: 'p', parentId, order, name, shortName: '', color: '#888', definition: '', inclusion: '',
    exclusion: '', typicalExample: '', atypicalExample: '', pinned: false, createdAt: '', updatedAt: '',
  } as Code;
}
const codes = [code('help', 'Hjelp'), code('money', 'Økonomi', 'help'), code('thanks', 'Takk', null, 1)];

const on = (coderId: string, codeId: string, turn: number, sourceId = 's1'): AgreementCoding => ({
  coderId, codeId, sourceId, start: turnSpans[turn]!.start, end: turnSpans[turn]!.end,
});

describe('units from a project', () => {
  it('paragraphs are non-blank lines; sentences split inside them', () => {
    expect(paragraphSpans(notes.text).map((s) => notes.text.slice(s.start, s.end))).toEqual(['Avsnitt én.', 'Avsnitt to.']);
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Hei, jeg lurer på om jeg kan få hjelp med husleien.',
      'Du kan søke om sosialhjelp.',
      'Send søknaden i dag.',
      'Takk!',
      'Jeg sender den nå.',
    ]);
  });

  it('a turn is 1 for a coder whose coding of the code overlaps it, 0 otherwise', () => {
    const codings = [on('kari', 'help', 0), on('kari', 'help', 1), on('ola', 'help', 0), on('ola', 'help', 2)];
    const { table, places } = codeUnitTable([thread], indexCodings(codings, ['kari', 'ola']), 'help', 'turn');
    expect(table.units).toEqual([[1, 1], [1, 0], [0, 1]]);
    expect(places.map((p) => p.start)).toEqual(turnSpans.map((s) => s.start));
  });

  it('a coder with no coding at all in a source is missing there, not "absent"', () => {
    const codings = [on('kari', 'help', 0), { ...on('kari', 'help', 0), sourceId: 's2', start: 0, end: 5 }, on('ola', 'thanks', 2)];
    const { table } = codeUnitTable([thread, notes], indexCodings(codings, ['kari', 'ola']), 'help', 'paragraph');
    expect(table.units).toEqual([[1, 0], [0, 0], [0, 0], [1, null], [0, null]]);
  });

  it('character units are runs weighted by their length, covering the whole text', () => {
    const codings = [{ ...on('kari', 'help', 0), end: 10 }, { ...on('ola', 'help', 0), start: 4, end: 20 }];
    const { table } = codeUnitTable([thread], indexCodings(codings, ['kari', 'ola']), 'help', 'char');
    expect(table.weights!.reduce((a, b) => a + b, 0)).toBe(text.length);
    expect(table.units).toEqual([[1, 0], [1, 1], [0, 1], [0, 0]]);
    expect(table.weights).toEqual([4, 6, 10, text.length - 20]);
  });
});

describe('projectAgreement', () => {
  const codings = [
    on('kari', 'help', 0), on('ola', 'help', 0),
    on('kari', 'money', 0), on('ola', 'money', 1),
    on('kari', 'thanks', 2), on('ola', 'thanks', 2),
  ];
  const input = { sources: [thread], codes, codings };

  it('reports per code in codebook order with paths, and overall over the stacked codes', () => {
    const result = projectAgreement(input, { coderIds: ['kari', 'ola'], measure: 'percent', unit: 'turn' });
    expect(result.codes.map((c) => c.path)).toEqual(['Hjelp', 'Hjelp/Økonomi', 'Takk']);
    expect(result.codes.map((c) => c.result.value)).toEqual([1, 1 / 3, 1]);
    expect(result.overall.value).toBeCloseTo(7 / 9, 12);
    expect(result.overall.units).toBe(9);
  });

  it('--code keeps the code and its sub-codes; undefined codes say why', () => {
    const result = projectAgreement(input, { coderIds: ['kari', 'ola'], measure: 'alpha', unit: 'turn', codeId: 'help' });
    expect(result.codes.map((c) => c.path)).toEqual(['Hjelp', 'Hjelp/Økonomi']);
    // Both coders put "Hjelp" on the first turn only (1, 0, 0 for both): full agreement.
    expect(result.codes[0]!.result.value).toBe(1);
    const none = projectAgreement({ ...input, codings: [on('kari', 'thanks', 2), on('ola', 'thanks', 2)] }, {
      coderIds: ['kari', 'ola'], measure: 'cohen', unit: 'turn', codeId: 'help',
    });
    expect(none.codes[0]!.result).toMatchObject({ value: null, reason: 'no-variation' });
  });

  it('identical codings give 1 for α on every unit kind and for uα', () => {
    const same = [on('kari', 'help', 0), on('ola', 'help', 0), { ...on('kari', 'thanks', 2), start: turnSpans[2]!.start + 2 }, { ...on('ola', 'thanks', 2), start: turnSpans[2]!.start + 2 }];
    for (const unit of ['turn', 'paragraph', 'sentence', 'char'] as const) {
      const result = projectAgreement({ ...input, codings: same }, { coderIds: ['kari', 'ola'], measure: 'alpha', unit });
      expect(result.overall.value).toBeCloseTo(1, 12);
    }
    const unitized = projectAgreement({ ...input, codings: same }, { coderIds: ['kari', 'ola'], measure: 'ualpha', unit: 'turn' });
    expect(unitized.unit).toBe('char');
    expect(unitized.overall.value).toBeCloseTo(1, 12);
    expect(unitized.codes[1]!.result).toMatchObject({ value: null, reason: 'no-variation' });
  });

  it('uα drops when the coders mark different stretches', () => {
    const result = projectAgreement(input, { coderIds: ['kari', 'ola'], measure: 'ualpha', unit: 'char' });
    const money = result.codes.find((c) => c.codeId === 'money')!.result.value!;
    expect(money).toBeLessThan(0.5);
    expect(result.overall.value!).toBeLessThan(1);
    expect(result.overall.value!).toBeGreaterThan(money);
  });
});
