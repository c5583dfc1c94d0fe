import { describe, expect, it } from 'vitest';
import {
  deletionNeedsConfirmation,
  nodeBox,
  planCreateTheme,
  planDeleteTheme,
  planMoveTheme,
  planPlaceTheme,
  planUpdateTheme,
  ThematicError,
} from '../../../shared/thematic';
import { fixedContext } from '../plan-context';
import { applyTo, dangling, outline, projectId, sample, theme } from './rows';

function problem(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ThematicError) return e.problem;
    throw e;
  }
  return undefined;
}

describe('creating themes', () => {
  it('adds a main theme at the end of the main themes, placed beside them', () => {
    const rows = sample();
    const planned = planCreateTheme(
      rows,
      { projectId, authorId: 'c1', parentId: null, name: '  Tillit   og  tvil ' },
      fixedContext(),
    );
    expect(planned.value).toMatchObject({
      id: 'new-1',
      name: 'Tillit og tvil',
      parentId: null,
      order: 2,
      definition: '',
    });
    const after = applyTo(rows, planned.writes);
    expect(outline(after.themes)).toBe('a(a1,a2),b,new-1');
    const placed = after.themes.filter((x) => x.parentId === null).map((x) => `${x.x},${x.y}`);
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('adds a subtheme below its main theme', () => {
    const rows = sample();
    const planned = planCreateTheme(
      rows,
      { projectId, authorId: 'c1', parentId: 'b', name: 'Delt ansvar' },
      fixedContext(),
    );
    expect(planned.value).toMatchObject({ parentId: 'b', order: 0 });
    expect(planned.value.y).toBeGreaterThan(rows.themes.find((x) => x.id === 'b')!.y);
    expect(outline(applyTo(rows, planned.writes).themes)).toBe('a(a1,a2),b(new-1)');
  });

  it('refuses a theme without a name, a subtheme of a subtheme and a missing parent', () => {
    const rows = sample();
    const base = { projectId, authorId: 'c1' };
    expect(problem(() => planCreateTheme(rows, { ...base, parentId: null, name: '   ' }, fixedContext()))).toBe(
      'name-required',
    );
    expect(problem(() => planCreateTheme(rows, { ...base, parentId: 'a1', name: 'Dypt' }, fixedContext()))).toBe(
      'too-deep',
    );
    expect(problem(() => planCreateTheme(rows, { ...base, parentId: 'borte', name: 'X' }, fixedContext()))).toBe(
      'theme-missing',
    );
  });
});

describe('naming and defining', () => {
  it('renames and defines; the same text again writes nothing', () => {
    const rows = sample();
    const planned = planUpdateTheme(
      rows,
      { id: 'b', name: ' Ansvar for hjelpen ', definition: 'Hvem som eier saken.\nOg hvorfor. ' },
      fixedContext(),
    );
    expect(planned.value).toMatchObject({
      name: 'Ansvar for hjelpen',
      definition: 'Hvem som eier saken.\nOg hvorfor.',
    });
    const after = applyTo(rows, planned.writes);
    expect(planUpdateTheme(after, { id: 'b', name: 'Ansvar for hjelpen' }, fixedContext()).writes).toEqual([]);
  });

  it('refuses an empty name and a missing theme', () => {
    expect(problem(() => planUpdateTheme(sample(), { id: 'b', name: '' }, fixedContext()))).toBe('name-required');
    expect(problem(() => planUpdateTheme(sample(), { id: 'x', definition: 'y' }, fixedContext()))).toBe(
      'theme-missing',
    );
  });
});

describe('placing on the map', () => {
  it('stores the new place in whole map units; the same place writes nothing', () => {
    const rows = sample();
    const planned = planPlaceTheme(rows, { id: 'a', x: 40.4, y: -19.6 }, fixedContext());
    expect(planned.value).toMatchObject({ x: 40, y: -20 });
    expect(planPlaceTheme(applyTo(rows, planned.writes), { id: 'a', x: 40, y: -20 }, fixedContext()).writes).toEqual(
      [],
    );
  });

  it('refuses a place that is not a number', () => {
    expect(problem(() => planPlaceTheme(sample(), { id: 'a', x: Number.NaN, y: 0 }, fixedContext()))).toBe(
      'bad-position',
    );
  });
});

describe('moving themes', () => {
  it('reorders among siblings and renumbers them', () => {
    const rows = sample();
    const after = applyTo(rows, planMoveTheme(rows, { id: 'a2', parentId: 'a', index: 0 }, fixedContext()).writes);
    expect(outline(after.themes)).toBe('a(a2,a1),b');
    expect(
      after.themes
        .filter((x) => x.parentId === 'a')
        .map((x) => x.order)
        .sort(),
    ).toEqual([0, 1]);
  });

  it('moves a subtheme to another main theme, and up to the main themes', () => {
    const rows = sample();
    const moved = applyTo(rows, planMoveTheme(rows, { id: 'a1', parentId: 'b', index: 0 }, fixedContext()).writes);
    expect(outline(moved.themes)).toBe('a(a2),b(a1)');
    expect(moved.themes.find((x) => x.id === 'a2')!.order).toBe(0);
    const up = applyTo(moved, planMoveTheme(moved, { id: 'a1', parentId: null, index: 1 }, fixedContext()).writes);
    expect(outline(up.themes)).toBe('a(a2),a1,b');
  });

  it('a main theme without subthemes may become a subtheme; one with subthemes may not', () => {
    const rows = sample();
    expect(
      outline(applyTo(rows, planMoveTheme(rows, { id: 'b', parentId: 'a', index: 9 }, fixedContext()).writes).themes),
    ).toBe('a(a1,a2,b)');
    expect(problem(() => planMoveTheme(rows, { id: 'a', parentId: 'b', index: 0 }, fixedContext()))).toBe('too-deep');
    expect(problem(() => planMoveTheme(rows, { id: 'b', parentId: 'b', index: 0 }, fixedContext()))).toBe('too-deep');
    expect(problem(() => planMoveTheme(rows, { id: 'b', parentId: 'a1', index: 0 }, fixedContext()))).toBe('too-deep');
  });

  it('a move to where it already is writes nothing', () => {
    expect(planMoveTheme(sample(), { id: 'a1', parentId: 'a', index: 0 }, fixedContext()).writes).toEqual([]);
  });
});

describe('deleting themes', () => {
  it('a main theme takes its subthemes, their codes, links and quotes: nothing dangles', () => {
    const rows = sample();
    const planned = planDeleteTheme(rows, { id: 'a' });
    expect(planned.value).toEqual({ subthemes: 2, codes: 3, links: 2, quotes: 1 });
    expect(deletionNeedsConfirmation(planned.value)).toBe(true);
    const after = applyTo(rows, planned.writes);
    expect(outline(after.themes)).toBe('b');
    expect(after.themes[0]!.order).toBe(0);
    expect(dangling(after)).toEqual([]);
    expect(after.themeCodes.map((x) => x.id)).toEqual(['tc3']);
    expect(after.themeQuotes.map((x) => x.id)).toEqual(['q2']);
    expect(after.themeLinks).toEqual([]);
  });

  it('a subtheme goes alone with its own rows; its siblings are renumbered', () => {
    const rows = sample();
    const planned = planDeleteTheme(rows, { id: 'a1' });
    expect(planned.value).toEqual({ subthemes: 0, codes: 1, links: 1, quotes: 1 });
    const after = applyTo(rows, planned.writes);
    expect(outline(after.themes)).toBe('a(a2),b');
    expect(after.themes.find((x) => x.id === 'a2')!.order).toBe(0);
    expect(dangling(after)).toEqual([]);
    expect(after.themeLinks.map((x) => x.id)).toEqual(['l1']);
  });

  it('asks only when there are subthemes or quotes', () => {
    const rows = { ...sample(), themes: [...sample().themes, theme('c', null, 2)] };
    expect(deletionNeedsConfirmation(planDeleteTheme(rows, { id: 'c' }).value)).toBe(false);
    expect(deletionNeedsConfirmation(planDeleteTheme(rows, { id: 'b' }).value)).toBe(true);
  });
});

describe('where new themes land', () => {
  it('never on top of another theme, however many are made', () => {
    let rows = { ...sample(), themes: [] as ReturnType<typeof sample>['themes'] };
    const at = fixedContext();
    const made: string[] = [];
    for (let i = 0; i < 6; i++) {
      const main = planCreateTheme(
        rows,
        { projectId, authorId: 'c1', parentId: null, name: `Et ganske langt hovedtema ${i}` },
        at,
      );
      rows = applyTo(rows, main.writes);
      made.push(main.value.id);
      for (let j = 0; j < 3; j++) {
        const sub = planCreateTheme(
          rows,
          { projectId, authorId: 'c1', parentId: main.value.id, name: `Undertema ${i}.${j}` },
          at,
        );
        rows = applyTo(rows, sub.writes);
      }
    }
    const boxes = rows.themes.map((x) => nodeBox({ ...x, kind: x.parentId ? 'subtheme' : 'theme' }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    // Subthemes sit below their main theme.
    for (const sub of rows.themes.filter((x) => x.parentId)) {
      expect(sub.y).toBeGreaterThan(rows.themes.find((x) => x.id === sub.parentId)!.y);
    }
  });
});
