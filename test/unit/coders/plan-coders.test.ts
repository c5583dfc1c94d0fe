import { describe, expect, it } from 'vitest';
import type { Coder, Coding } from '../../../shared/model';
import { cleanCoderName, coderPalette, nextCoderColor, planAddCoder, planUpdateCoder } from '../../../shared/coders/plan-coders';
import { planAdoptUnit } from '../../../shared/coders/plan-adopt';
import { findDisagreements } from '../../../shared/coders/disagreements';
import { unitSpans } from '../../../shared/agreement';
import { fixedContext } from '../plan-context';

const coder = (id: string, name: string, extra: Partial<Coder> = {}): Coder => ({ id, projectId: 'p', name, color: '#1f5f8b', createdAt: 't', updatedAt: 't', ...extra });
const coding = (id: string, coderId: string, codeId: string, start: number, end: number): Coding => ({
  id, projectId: 'p', sourceId: 's', codeId, coderId, authorId: coderId, start, end, createdAt: 't', updatedAt: 't',
});

describe('coders', () => {
  it('trims names and refuses empty ones', () => {
    expect(cleanCoderName('  Kari   Nordmann ')).toBe('Kari Nordmann');
    expect(cleanCoderName('   ')).toBeNull();
  });

  it('gives a new coder a colour nobody has yet', () => {
    expect(nextCoderColor([{ color: coderPalette[0] }])).toBe(coderPalette[1]);
    const planned = planAddCoder('p', { name: 'Ola', color: '#123456' }, fixedContext());
    expect(planned.value).toMatchObject({ name: 'Ola', color: '#123456', kind: 'human', projectId: 'p' });
    expect(planned.writes).toHaveLength(1);
  });

  it('writes nothing when a rename changes nothing', () => {
    const kari = coder('k', 'Kari');
    expect(planUpdateCoder(kari, { name: 'Kari' }, fixedContext()).writes).toEqual([]);
    expect(planUpdateCoder(kari, { color: '#000000' }, fixedContext()).writes[0]).toMatchObject({ op: 'update', key: 'k', patch: { color: '#000000' } });
  });
});

describe('disagreements', () => {
  const units = unitSpans('Hei.\nJeg venter.\n\nSlutt.', [], 'turn').map((s) => ({ sourceId: 's', ...s }));

  it('lists only the units where the chosen coders applied different codes', () => {
    const codings = [coding('1', 'a', 'venting', 5, 16), coding('2', 'b', 'venting', 8, 12), coding('3', 'a', 'hilsen', 0, 4)];
    const found = findDisagreements(units, codings, ['a', 'b'], ['venting', 'hilsen']);
    expect(found).toHaveLength(1);
    expect(found[0]!.unit.start).toBe(0);
    expect(found[0]!.codes).toEqual([{ coderId: 'a', codeIds: ['hilsen'] }, { coderId: 'b', codeIds: [] }]);
  });

  it('ignores codes and coders not chosen', () => {
    const codings = [coding('1', 'a', 'venting', 5, 16), coding('2', 'c', 'hilsen', 0, 4)];
    expect(findDisagreements(units, codings, ['a', 'c'], ['venting'])).toHaveLength(1);
    expect(findDisagreements(units, codings, ['a', 'c', 'b'], ['hilsen'])).toHaveLength(1);
  });

  it('leaves out a coder who has not coded the source at all (missing, not disagreeing)', () => {
    const codings = [coding('1', 'a', 'venting', 5, 16)];
    expect(findDisagreements(units, codings, ['a', 'b'], ['venting'])).toEqual([]);
  });
});

describe('adopting a unit', () => {
  const base = { projectId: 'p', sourceId: 's', start: 10, end: 20, codeIds: ['x', 'y'] };

  it('creates the consensus coder and copies the chosen coder’s codings cut to the unit', () => {
    const planned = planAdoptUnit({ ...base, fromCoderId: 'a', coders: [coder('a', 'A'), coder('b', 'B')], codings: [coding('1', 'a', 'x', 5, 15), coding('2', 'b', 'y', 10, 20)] }, fixedContext());
    expect(planned.value.consensus.name).toBe('Konsensus');
    expect(planned.value.added).toBe(1);
    const rows = planned.writes.filter((w) => w.op === 'put' && w.table === 'codings').map((w) => (w as unknown as { row: Coding }).row);
    expect(rows).toEqual([expect.objectContaining({ codeId: 'x', coderId: planned.value.consensus.id, start: 10, end: 15 })]);
  });

  it('replaces the consensus codings inside the unit and keeps their parts outside it', () => {
    const k = coder('k', 'Konsensus');
    const planned = planAdoptUnit({ ...base, fromCoderId: 'b', coders: [coder('a', 'A'), coder('b', 'B'), k], codings: [coding('c1', 'k', 'x', 0, 30), coding('2', 'b', 'y', 12, 18)] }, fixedContext());
    expect(planned.writes.some((w) => w.op === 'put' && w.table === 'coders')).toBe(false);
    expect(planned.writes).toContainEqual({ op: 'delete', table: 'codings', projectId: 'p', key: 'c1' });
    const rows = planned.writes.filter((w) => w.op === 'put').map((w) => (w as unknown as { row: Coding }).row);
    expect(rows.map((r) => [r.codeId, r.start, r.end])).toEqual([['x', 0, 10], ['x', 20, 30], ['y', 12, 18]]);
  });
});
