import { describe, expect, it } from 'vitest';
import { analysisStepId, type AnalysisStep } from '../../../shared/model';
import { nextPhaseState, phaseStates, planSetPhaseState, thematicMap, ThematicError } from '../../../shared/thematic';
import { fixedContext } from '../plan-context';
import { applyTo, code, coding, link, projectId, sample, themeCode } from './rows';

describe('phases', () => {
  it('every phase starts not started; a phase is started, finished and reopened', () => {
    expect(phaseStates([]).map((p) => p.state)).toEqual(Array(6).fill('not-started'));
    let rows = { analysisSteps: [] as AnalysisStep[] };
    const start = planSetPhaseState({ step: undefined }, { projectId, phase: 3, state: 'in-progress' }, fixedContext());
    expect(start.value.id).toBe(analysisStepId(projectId, 'thematic', 3));
    rows = applyTo(rows, start.writes);
    const done = planSetPhaseState(
      { step: rows.analysisSteps[0] },
      { projectId, phase: 3, state: 'done' },
      fixedContext(),
    );
    rows = applyTo(rows, done.writes);
    expect(phaseStates(rows.analysisSteps).map((p) => p.state)).toEqual([
      'not-started',
      'not-started',
      'done',
      'not-started',
      'not-started',
      'not-started',
    ]);
    const reopen = planSetPhaseState(
      { step: rows.analysisSteps[0] },
      { projectId, phase: 3, state: nextPhaseState('done') },
      fixedContext(),
    );
    rows = applyTo(rows, reopen.writes);
    expect(phaseStates(rows.analysisSteps)[2]).toMatchObject({ key: 'searchingThemes', state: 'in-progress' });
    expect(
      planSetPhaseState({ step: rows.analysisSteps[0] }, { projectId, phase: 3, state: 'in-progress' }, fixedContext())
        .writes,
    ).toEqual([]);
  });

  it('STC steps do not count as phases, and a phase outside 1–6 is refused', () => {
    const stc: AnalysisStep = {
      id: 'x',
      projectId,
      method: 'stc',
      step: 1,
      state: 'done',
      createdAt: '',
      updatedAt: '',
    };
    expect(phaseStates([stc])[0]!.state).toBe('not-started');
    expect(() =>
      planSetPhaseState({ step: undefined }, { projectId, phase: 7, state: 'done' }, fixedContext()),
    ).toThrow(ThematicError);
  });

  it('the main button starts, finishes and reopens', () => {
    expect(['not-started', 'in-progress', 'done'].map((s) => nextPhaseState(s as AnalysisStep['state']))).toEqual([
      'in-progress',
      'done',
      'in-progress',
    ]);
  });
});

describe('thematicMap', () => {
  const codes = [code('k1'), code('k2'), code('k3')];
  const codings = [
    coding('g1', 'k1', 's1'),
    coding('g2', 'k1', 's2'),
    coding('g3', 'k2', 's2'),
    coding('g4', 'k3', 's3'),
  ];

  it('lists main themes each followed by their subthemes, with counts of segments and sources', () => {
    const map = thematicMap({ ...sample(), codes, codings });
    expect(map.nodes.map((n) => `${n.kind}:${n.id}`)).toEqual(['theme:a', 'subtheme:a1', 'subtheme:a2', 'theme:b']);
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    // a holds k3 itself and, through its subthemes, k1 and k2.
    expect(byId.get('a')).toMatchObject({ codeIds: ['k3'], segments: 4, sources: 3 });
    expect(byId.get('a1')).toMatchObject({ codeIds: ['k1'], segments: 2, sources: 2 });
    expect(byId.get('b')).toMatchObject({ codeIds: ['k3'], segments: 1, sources: 1 });
    expect(byId.get('a1')!.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(map.themesOfCode.get('k3')).toEqual(['b', 'a']);
    expect(map.links.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(map.bounds).toEqual({ minX: 0, minY: 0, maxX: 100, maxY: 0 });
  });

  it('skips what other changes left behind: deleted codes, links to missing themes', () => {
    const rows = sample();
    rows.themeCodes.push(themeCode('tc9', 'b', 'deleted-code'));
    rows.themeLinks.push(link('l9', 'b', 'gone'));
    const map = thematicMap({ ...rows, codes, codings });
    expect(map.nodes.find((n) => n.id === 'b')!.codeIds).toEqual(['k3']);
    expect(map.links.map((l) => l.id)).toEqual(['l1', 'l2']);
  });

  it('an empty analysis is an empty map', () => {
    const map = thematicMap({ themes: [], themeCodes: [], themeLinks: [], themeQuotes: [], codes, codings });
    expect(map).toMatchObject({ nodes: [], links: [], bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 } });
  });
});
