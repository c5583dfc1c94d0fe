import { describe, expect, it } from 'vitest';
import type { Attribute, Source } from '../../../shared/model';
import { planCreateAttribute, planDeleteAttribute, planSetSourceAttribute } from '../../../shared/attributes/plan-attributes';
import { fixedContext } from '../plan-context';

const group: Attribute = { id: 'a1', projectId: 'p', name: 'Gruppe', type: 'text', choices: [], order: 0, createdAt: 't', updatedAt: 't' };
const source = (id: string, attributes: Source['attributes']) => ({ id, projectId: 'p', attributes }) as Source;

describe('attribute plans', () => {
  it('create an attribute after the others, or return the one with that name in any case', () => {
    const { value, writes } = planCreateAttribute([group], { projectId: 'p', name: ' Aldersgruppe ' }, fixedContext());
    expect(value).toMatchObject({ id: 'new-1', name: 'Aldersgruppe', order: 1 });
    expect(writes).toHaveLength(1);
    expect(planCreateAttribute([group], { projectId: 'p', name: 'GRUPPE' }, fixedContext())).toEqual({ writes: [], value: group });
    expect(() => planCreateAttribute([], { projectId: 'p', name: '  ' }, fixedContext())).toThrow();
  });

  it('set a value, and clear it with an empty one', () => {
    const set = planSetSourceAttribute(source('s1', {}), { attributeId: 'a1', value: 'Gruppe A' }, fixedContext());
    expect(set.value.attributes).toEqual({ a1: 'Gruppe A' });
    const cleared = planSetSourceAttribute(source('s1', { a1: 'Gruppe A' }), { attributeId: 'a1', value: '' }, fixedContext());
    expect(cleared.value.attributes).toEqual({});
  });

  it('delete an attribute with its value on the sources that have one', () => {
    const { writes } = planDeleteAttribute({ attribute: group, sources: [source('s1', { a1: 'A', a2: 'x' }), source('s2', { a2: 'y' })] });
    expect(writes).toEqual([
      { op: 'update', table: 'sources', projectId: 'p', key: 's1', patch: { attributes: { a2: 'x' } } },
      { op: 'delete', table: 'attributes', projectId: 'p', key: 'a1' },
    ]);
  });
});
