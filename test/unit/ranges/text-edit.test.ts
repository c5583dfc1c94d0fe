import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTextEdit, type EditPlan, type TextEdit } from '../../../shared/ranges';

const text = 'Hei. Jeg trenger nødhjelp til mat. Mvh [Navn]';
//            0123456789...
const coding = { id: 'c1', start: 9, end: 33 }; // "trenger nødhjelp til mat"

function covered(plan: EditPlan, id: string): string {
  if (!plan.ok) throw new Error(`refused: ${plan.reason}`);
  const r = plan.ranges.find((x) => x.id === id)!;
  return plan.text.slice(r.start, r.end);
}

describe('planTextEdit: the rules', () => {
  it('an edit before a coding shifts it by the change in length', () => {
    const plan = planTextEdit(text, { start: 0, end: 3, insert: 'Hallo' }, [coding]);
    expect(plan).toMatchObject({ ok: true, ranges: [{ id: 'c1', start: 11, end: 35 }] });
    expect(covered(plan, 'c1')).toBe('trenger nødhjelp til mat');
  });

  it('an edit after a coding leaves it', () => {
    const plan = planTextEdit(text, { start: 39, end: 45, insert: '[Navn på bruker]' }, [coding]);
    expect(plan).toMatchObject({ ok: true, ranges: [coding] });
    expect(covered(plan, 'c1')).toBe('trenger nødhjelp til mat');
  });

  it('a typo fix inside a coding moves only its end', () => {
    const plan = planTextEdit(text, { start: 17, end: 25, insert: 'nødhjelp ' }, [coding]);
    expect(plan).toMatchObject({ ok: true, ranges: [{ id: 'c1', start: 9, end: 34 }] });
    expect(covered(plan, 'c1')).toBe('trenger nødhjelp  til mat');
  });

  it('typing at the start of a coding goes before it, at its end after it', () => {
    const atStart = planTextEdit(text, { start: 9, end: 9, insert: 'virkelig ' }, [coding]);
    expect(covered(atStart, 'c1')).toBe('trenger nødhjelp til mat');
    const atEnd = planTextEdit(text, { start: 33, end: 33, insert: ' i dag' }, [coding]);
    expect(covered(atEnd, 'c1')).toBe('trenger nødhjelp til mat');
    if (atEnd.ok) expect(atEnd.text).toContain('til mat i dag.');
  });

  it('replacing exactly the coded words with corrected ones keeps the coding on them', () => {
    const plan = planTextEdit('ab trengr cd', { start: 3, end: 9, insert: 'trenger' }, [{ id: 'x', start: 3, end: 9 }]);
    expect(covered(plan, 'x')).toBe('trenger');
  });

  it('refuses an edit across the start or end of a coding, naming the coding', () => {
    expect(planTextEdit(text, { start: 5, end: 12, insert: 'Jeg ' }, [coding])).toEqual({
      ok: false,
      reason: 'crosses-boundary',
      id: 'c1',
    });
    expect(planTextEdit(text, { start: 30, end: 35, insert: '' }, [coding])).toEqual({
      ok: false,
      reason: 'crosses-boundary',
      id: 'c1',
    });
  });

  it('refuses to delete a coding’s whole text, or to swallow it with text around it', () => {
    expect(planTextEdit(text, { start: 9, end: 33, insert: '' }, [coding])).toEqual({
      ok: false,
      reason: 'removes-range',
      id: 'c1',
    });
    expect(planTextEdit(text, { start: 5, end: 34, insert: 'Hjelp!' }, [coding])).toEqual({
      ok: false,
      reason: 'removes-range',
      id: 'c1',
    });
  });

  it('refuses to cut an emoji in half or to insert half of one', () => {
    const withEmoji = 'Takk 👍 for svaret';
    expect(planTextEdit(withEmoji, { start: 6, end: 6, insert: 'x' }, [])).toEqual({
      ok: false,
      reason: 'splits-surrogate',
    });
    expect(planTextEdit(withEmoji, { start: 5, end: 6, insert: '' }, [])).toMatchObject({ reason: 'splits-surrogate' });
    expect(planTextEdit(withEmoji, { start: 0, end: 0, insert: '\ud83d' }, [])).toMatchObject({
      reason: 'splits-surrogate',
    });
    expect(planTextEdit(withEmoji, { start: 5, end: 7, insert: '🙂' }, [])).toMatchObject({
      ok: true,
      text: 'Takk 🙂 for svaret',
    });
  });

  it('refuses edits outside the text', () => {
    expect(planTextEdit('abc', { start: 2, end: 4, insert: '' }, [])).toEqual({ ok: false, reason: 'out-of-bounds' });
    expect(planTextEdit('abc', { start: 2, end: 1, insert: '' }, [])).toEqual({ ok: false, reason: 'out-of-bounds' });
    expect(planTextEdit('abc', { start: -1, end: 1, insert: '' }, [])).toEqual({ ok: false, reason: 'out-of-bounds' });
  });

  it('moves every range, in the order given, and names the first that refuses', () => {
    const ranges = [
      { id: 'after', start: 40, end: 45 },
      { id: 'around', start: 0, end: 45 },
      { id: 'before', start: 0, end: 3 },
    ];
    const ok = planTextEdit(text, { start: 20, end: 20, insert: '!!' }, ranges);
    expect(ok).toMatchObject({
      ok: true,
      ranges: [
        { id: 'after', start: 42, end: 47 },
        { id: 'around', start: 0, end: 47 },
        { id: 'before', start: 0, end: 3 },
      ],
    });
    expect(planTextEdit(text, { start: 2, end: 41, insert: '' }, ranges)).toEqual({
      ok: false,
      reason: 'crosses-boundary',
      id: 'after',
    });
  });
});

// Texts that stress UTF-16 offsets: Norwegian letters, emoji (surrogate pairs, skin-tone modifier),
// combining marks, newlines.
const glyph = fc.constantFrom('a', 'b', ' ', '\n', 'æ', 'ø', 'å', 'Å', '😀', '👍🏽', 'e\u0301', 'o\u0308', '.');
const textArb = fc.array(glyph, { minLength: 1, maxLength: 14 }).map((g) => g.join(''));
const insertArb = fc.array(glyph, { maxLength: 4 }).map((g) => g.join(''));

function codePointBoundaries(t: string): Set<number> {
  const set = new Set([0]);
  let at = 0;
  for (const ch of t) set.add((at += ch.length));
  return set;
}

/** The rules, restated per code unit, as the oracle for refusals. */
function expectedRefusal(
  t: string,
  e: TextEdit,
  ranges: { id: string; start: number; end: number }[],
): { reason: string; id?: string } | null {
  const boundaries = codePointBoundaries(t);
  if (!boundaries.has(e.start) || !boundaries.has(e.end)) return { reason: 'splits-surrogate' };
  if (e.start === e.end) return null;
  for (const r of ranges) {
    let inside = 0;
    let outside = 0;
    for (let u = e.start; u < e.end; u++) {
      if (r.start <= u && u < r.end) inside++;
      else outside++;
    }
    if (inside === 0) continue;
    const wholeRangeEdited = inside === r.end - r.start;
    if (outside === 0) {
      if (wholeRangeEdited && e.insert === '') return { reason: 'removes-range', id: r.id };
      continue;
    }
    return { reason: wholeRangeEdited ? 'removes-range' : 'crosses-boundary', id: r.id };
  }
  return null;
}

const scenario = textArb.chain((t) => {
  const offset = fc.integer({ min: 0, max: t.length });
  const rangeArb = fc
    .tuple(fc.string({ minLength: 1, maxLength: 3 }), offset, offset)
    .filter(([, a, b]) => a !== b)
    .map(([id, a, b]) => ({ id, start: Math.min(a, b), end: Math.max(a, b) }));
  const editArb = fc
    .tuple(offset, offset, insertArb)
    .map(([a, b, insert]): TextEdit => ({ start: Math.min(a, b), end: Math.max(a, b), insert }));
  return fc.record({
    text: fc.constant(t),
    ranges: fc.uniqueArray(rangeArb, { maxLength: 3, selector: (r) => r.id }),
    edit: editArb,
  });
});

describe('planTextEdit: properties', () => {
  it('refuses exactly when the rules say, with the reason and range the rules give', () => {
    fc.assert(
      fc.property(scenario, ({ text: t, ranges, edit }) => {
        const plan = planTextEdit(t, edit, ranges);
        const refusal = expectedRefusal(t, edit, ranges);
        if (refusal === null) expect(plan.ok).toBe(true);
        else expect(plan).toEqual({ ok: false, ...refusal });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps each coded passage, changed only by the part of the edit inside it', () => {
    let accepted = 0;
    fc.assert(
      fc.property(scenario, ({ text: t, ranges, edit }) => {
        const plan = planTextEdit(t, edit, ranges);
        if (!plan.ok) return;
        accepted++;
        expect(plan.text).toBe(t.slice(0, edit.start) + edit.insert + t.slice(edit.end));
        expect(plan.ranges.map((r) => r.id)).toEqual(ranges.map((r) => r.id));
        ranges.forEach((r, i) => {
          const moved = plan.ranges[i]!;
          const now = plan.text.slice(moved.start, moved.end);
          const editedInside =
            edit.start >= r.start &&
            edit.end <= r.end &&
            !(edit.start === edit.end && (edit.start === r.start || edit.start === r.end));
          if (editedInside) {
            // Text before and after the edit inside the passage is unchanged; the edit sits between.
            expect(now).toBe(t.slice(r.start, edit.start) + edit.insert + t.slice(edit.end, r.end));
          } else {
            expect(now).toBe(t.slice(r.start, r.end));
          }
          expect(moved.end).toBeGreaterThan(moved.start);
        });
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });
});
