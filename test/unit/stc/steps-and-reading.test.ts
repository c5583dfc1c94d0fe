import { describe, expect, it } from 'vitest';
import { planReopenStep, planStepState, stepState } from '../../../shared/stc/step-state';
import { planMarkRead, planMarkUnread, readProgress } from '../../../shared/stc/read-marks';
import {
  planAddPreliminaryTheme,
  planDeletePreliminaryTheme,
  planEditPreliminaryThemeNote,
  planRenamePreliminaryTheme,
  planReorderPreliminaryThemes,
} from '../../../shared/stc/preliminary-themes';
import { planCreateCodeGroup } from '../../../shared/stc/code-groups';
import { StcError } from '../../../shared/stc/stc-error';
import { byOrder } from '../../../shared/stc/rows';
import { world } from './world';

const authorId = 'coder-1';

describe('step state', () => {
  it('moves freely between not started, in progress and done, and reopens a done step', () => {
    const w = world();
    expect(stepState(w.rows, 'stc', 2)).toBe('not-started');
    w.step(planStepState(w.rows, { method: 'stc', step: 2, state: 'in-progress' }, w.ctx));
    expect(stepState(w.rows, 'stc', 2)).toBe('in-progress');
    w.step(planStepState(w.rows, { method: 'stc', step: 2, state: 'done' }, w.ctx));
    expect(stepState(w.rows, 'stc', 2)).toBe('done');
    expect(w.rows.analysisSteps).toHaveLength(1);
    expect(w.step(planReopenStep(w.rows, { method: 'stc', step: 2 }, w.ctx))).toBe('in-progress');
    expect(stepState(w.rows, 'stc', 2)).toBe('in-progress');
    w.step(planStepState(w.rows, { method: 'stc', step: 2, state: 'not-started' }, w.ctx));
    expect(stepState(w.rows, 'stc', 2)).toBe('not-started');
  });

  it('leaves a step that is not done alone when reopened, and writes nothing when the state is unchanged', () => {
    const w = world();
    expect(planReopenStep(w.rows, { method: 'stc', step: 1 }, w.ctx)).toEqual({ writes: [], value: 'not-started' });
    w.step(planStepState(w.rows, { method: 'thematic', step: 6, state: 'in-progress' }, w.ctx));
    expect(planStepState(w.rows, { method: 'thematic', step: 6, state: 'in-progress' }, w.ctx).writes).toEqual([]);
    expect(stepState(w.rows, 'stc', 6)).toBe('not-started');
  });

  it('refuses a step the method does not have', () => {
    const w = world();
    expect(() => planStepState(w.rows, { method: 'stc', step: 5, state: 'done' }, w.ctx)).toThrow(StcError);
    expect(() => planStepState(w.rows, { method: 'thematic', step: 0, state: 'done' }, w.ctx)).toThrow(/step-invalid/);
  });
});

describe('read marks', () => {
  it('marks sources read once and unread again, and counts the progress', () => {
    const w = world();
    w.step(planMarkRead(w.rows, { sourceId: 's1', authorId }, w.ctx));
    expect(planMarkRead(w.rows, { sourceId: 's1', authorId }, w.ctx).writes).toEqual([]);
    w.step(planMarkRead(w.rows, { sourceId: 's2', authorId }, w.ctx));
    expect(readProgress(w.rows)).toEqual({ read: 2, total: 3 });
    expect(w.step(planMarkUnread(w.rows, { sourceId: 's1' }))).toBe(true);
    expect(w.step(planMarkUnread(w.rows, { sourceId: 's1' }))).toBe(false);
    expect(readProgress(w.rows)).toEqual({ read: 1, total: 3 });
  });

  it('refuses a source that is not in the project', () => {
    const w = world();
    expect(() => planMarkRead(w.rows, { sourceId: 'nope', authorId }, w.ctx)).toThrow(/missing/);
  });
});

describe('preliminary themes', () => {
  it('adds, renames, edits the note, reorders and deletes; a deleted theme leaves the groups made from it', () => {
    const w = world();
    const a = w.step(planAddPreliminaryTheme(w.rows, { name: '  Skam  og   taushet ', authorId }, w.ctx));
    const b = w.step(planAddPreliminaryTheme(w.rows, { name: 'Tillit', note: 'Går igjen hos Kari', authorId }, w.ctx));
    expect(a.name).toBe('Skam og taushet');
    expect([a.order, b.order]).toEqual([0, 1]);
    w.step(planRenamePreliminaryTheme(w.rows, { id: a.id, name: 'Skam' }, w.ctx));
    w.step(planEditPreliminaryThemeNote(w.rows, { id: a.id, note: 'Sterkest hos Ola' }, w.ctx));
    w.step(planReorderPreliminaryThemes(w.rows, { ids: [b.id, a.id] }, w.ctx));
    expect(byOrder(w.rows.preliminaryThemes).map((t) => [t.name, t.note])).toEqual([
      ['Tillit', 'Går igjen hos Kari'],
      ['Skam', 'Sterkest hos Ola'],
    ]);
    const group = w.step(planCreateCodeGroup(w.rows, { themeIds: [a.id, b.id], authorId }, w.ctx));
    expect(group.name).toBe('Tillit / Skam');
    w.step(planDeletePreliminaryTheme(w.rows, { id: a.id }, w.ctx));
    expect(w.rows.codeGroups[0]!.themeIds).toEqual([b.id]);
    expect(w.rows.preliminaryThemes.map((t) => t.id)).toEqual([b.id]);
  });

  it('refuses an empty name and a stale order', () => {
    const w = world();
    expect(() => planAddPreliminaryTheme(w.rows, { name: '   ', authorId }, w.ctx)).toThrow(/name-required/);
    const a = w.step(planAddPreliminaryTheme(w.rows, { name: 'Skam', authorId }, w.ctx));
    expect(() => planReorderPreliminaryThemes(w.rows, { ids: [a.id, 'gone'] }, w.ctx)).toThrow(/order-stale/);
    expect(() => planRenamePreliminaryTheme(w.rows, { id: 'gone', name: 'x' }, w.ctx)).toThrow(/missing/);
  });
});
