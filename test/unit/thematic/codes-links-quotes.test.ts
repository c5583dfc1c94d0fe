import { describe, expect, it } from 'vitest';
import {
  planAddLink,
  planAddQuote,
  planGatherCode,
  planLabelLink,
  planRemoveLink,
  planRemoveQuote,
  planRemoveThemeCode,
  ThematicError,
} from '../../../shared/thematic';
import { fixedContext } from '../plan-context';
import { applyTo, code, coding, sample } from './rows';

function problem(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ThematicError) return e.problem;
    throw e;
  }
  return undefined;
}

const codes = [code('k1'), code('k2'), code('k3'), code('k4')];

describe('gathering codes into themes', () => {
  it('gathers a code once; a code may serve several themes', () => {
    const rows = sample();
    const planned = planGatherCode({ ...rows, codes }, { themeId: 'b', codeId: 'k4' }, fixedContext());
    expect(planned.value).toMatchObject({ id: 'new-1', themeId: 'b', codeId: 'k4' });
    const after = applyTo(rows, planned.writes);
    expect(planGatherCode({ ...after, codes }, { themeId: 'b', codeId: 'k4' }, fixedContext()).writes).toEqual([]);
    expect(planGatherCode({ ...after, codes }, { themeId: 'a2', codeId: 'k4' }, fixedContext()).writes).toHaveLength(1);
  });

  it('refuses a missing code or theme', () => {
    expect(problem(() => planGatherCode({ ...sample(), codes }, { themeId: 'b', codeId: 'k9' }, fixedContext()))).toBe(
      'code-missing',
    );
    expect(problem(() => planGatherCode({ ...sample(), codes }, { themeId: 'z', codeId: 'k1' }, fixedContext()))).toBe(
      'theme-missing',
    );
  });

  it('removing a code from a theme takes the quotes drawn from its codings there, not elsewhere', () => {
    const rows = sample();
    const codings = [coding('g1', 'k1'), coding('g3', 'k3')];
    const planned = planRemoveThemeCode({ ...rows, codings }, { themeId: 'b', codeId: 'k3' });
    expect(planned.value).toEqual({ removedQuotes: 1 });
    const after = applyTo(rows, planned.writes);
    expect(after.themeCodes.map((x) => x.id)).toEqual(['tc1', 'tc2', 'tc4']);
    expect(after.themeQuotes.map((x) => x.id)).toEqual(['q1']);
    expect(planRemoveThemeCode({ ...after, codings }, { themeId: 'b', codeId: 'k3' }).writes).toEqual([]);
  });
});

describe('links on the map', () => {
  it('links two themes, with a cleaned label', () => {
    const rows = sample();
    const planned = planAddLink(
      rows,
      { authorId: 'c1', fromId: 'a2', toId: 'b', label: ' fører  til ' },
      fixedContext(),
    );
    expect(planned.value).toMatchObject({ fromId: 'a2', toId: 'b', label: 'fører til' });
    expect(applyTo(rows, planned.writes).themeLinks).toHaveLength(3);
  });

  it('no self-links and no second link between the same two themes, in either direction', () => {
    const rows = sample();
    expect(problem(() => planAddLink(rows, { authorId: 'c1', fromId: 'a', toId: 'a' }, fixedContext()))).toBe(
      'self-link',
    );
    expect(problem(() => planAddLink(rows, { authorId: 'c1', fromId: 'a', toId: 'b' }, fixedContext()))).toBe(
      'duplicate-link',
    );
    expect(problem(() => planAddLink(rows, { authorId: 'c1', fromId: 'b', toId: 'a' }, fixedContext()))).toBe(
      'duplicate-link',
    );
    expect(problem(() => planAddLink(rows, { authorId: 'c1', fromId: 'a', toId: 'gone' }, fixedContext()))).toBe(
      'theme-missing',
    );
  });

  it('labels and removes a link', () => {
    const rows = sample();
    const labelled = applyTo(rows, planLabelLink(rows, { id: 'l2', label: ' forklarer ' }, fixedContext()).writes);
    expect(labelled.themeLinks.find((l) => l.id === 'l2')!.label).toBe('forklarer');
    expect(planLabelLink(labelled, { id: 'l2', label: 'forklarer' }, fixedContext()).writes).toEqual([]);
    expect(problem(() => planLabelLink(rows, { id: 'lx', label: 'x' }, fixedContext()))).toBe('link-missing');
    const removed = applyTo(rows, planRemoveLink(rows, { id: 'l1' }).writes);
    expect(removed.themeLinks.map((l) => l.id)).toEqual(['l2']);
    expect(planRemoveLink(removed, { id: 'l1' }).writes).toEqual([]);
  });
});

describe('quotes', () => {
  it('a quote keeps the coding’s source and offsets', () => {
    const rows = sample();
    const g = coding('g9', 'k2', 's2', 40, 95);
    const planned = planAddQuote(
      { ...rows, coding: g },
      { authorId: 'c1', themeId: 'a2', codingId: 'g9' },
      fixedContext(),
    );
    expect(planned.value).toMatchObject({
      themeId: 'a2',
      codingId: 'g9',
      sourceId: 's2',
      start: 40,
      end: 95,
      order: 0,
    });
    const after = applyTo(rows, planned.writes);
    expect(
      planAddQuote({ ...after, coding: g }, { authorId: 'c1', themeId: 'a2', codingId: 'g9' }, fixedContext()).writes,
    ).toEqual([]);
  });

  it('a main theme may quote its subthemes’ codes; a theme may not quote codes it does not hold', () => {
    const rows = sample();
    const g = coding('g9', 'k2');
    expect(
      planAddQuote({ ...rows, coding: g }, { authorId: 'c1', themeId: 'a', codingId: 'g9' }, fixedContext()).writes,
    ).toHaveLength(1);
    expect(
      problem(() =>
        planAddQuote({ ...rows, coding: g }, { authorId: 'c1', themeId: 'b', codingId: 'g9' }, fixedContext()),
      ),
    ).toBe('coding-not-in-theme');
    expect(
      problem(() =>
        planAddQuote({ ...rows, coding: undefined }, { authorId: 'c1', themeId: 'b', codingId: 'g9' }, fixedContext()),
      ),
    ).toBe('coding-missing');
  });

  it('removes a quote', () => {
    const rows = sample();
    expect(applyTo(rows, planRemoveQuote(rows, { id: 'q1' }).writes).themeQuotes.map((q) => q.id)).toEqual(['q2']);
    expect(planRemoveQuote(rows, { id: 'nope' }).writes).toEqual([]);
  });
});
