import { describe, expect, it } from 'vitest';
import { planSplitCode } from '../../../shared/codebook';
import { diffCodebooks, diffWords, snapshotCodebook, type CodebookChange } from '../../../shared/review';
import { makeCode, makeCoding } from '../codebook/make-code';
import { fixedContext } from '../plan-context';

const kinds = (changes: CodebookChange[]) => changes.map((c) => c.kind);

describe('diffWords', () => {
  it('marks the words that changed and keeps the rest, joining back to each text', () => {
    const parts = diffWords('Brukeren ber om hjelp med søknad', 'Brukeren ber tydelig om hjelp med klage');
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Brukeren ber tydelig om hjelp med klage');
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('Brukeren ber om hjelp med søknad');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['tydelig', 'klage']);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['søknad']);
  });

  it('gives one unchanged part for equal texts and one added part from empty', () => {
    expect(diffWords('Samme tekst', 'Samme tekst')).toEqual([{ kind: 'same', text: 'Samme tekst' }]);
    expect(diffWords('', 'Ny definisjon')).toEqual([{ kind: 'added', text: 'Ny definisjon' }]);
  });
});

describe('diffCodebooks', () => {
  const base = [makeCode('hjelp', 'Hjelp', null, 0), makeCode('avslag', 'Avslag', null, 1), makeCode('klage', 'Klage', 'avslag', 0)];

  it('finds added and removed codes by path', () => {
    const before = snapshotCodebook(base, []);
    const after = snapshotCodebook([...base.filter((c) => c.id !== 'hjelp'), makeCode('ventetid', 'Ventetid', 'avslag', 1)], []);
    expect(diffCodebooks(before, after)).toEqual([
      { kind: 'added', codeId: 'ventetid', path: 'Avslag / Ventetid' },
      { kind: 'removed', codeId: 'hjelp', path: 'Hjelp' },
    ]);
  });

  it('finds a rename and a move, keeping the code by id', () => {
    const before = snapshotCodebook(base, []);
    const after = snapshotCodebook(
      base.map((c) => (c.id === 'klage' ? { ...c, parentId: 'hjelp' } : c.id === 'avslag' ? { ...c, name: 'Avslag på søknad' } : c)),
      [],
    );
    expect(diffCodebooks(before, after)).toEqual([
      { kind: 'moved', codeId: 'klage', name: 'Klage', fromPath: 'Avslag', toPath: 'Hjelp' },
      { kind: 'renamed', codeId: 'avslag', from: 'Avslag', to: 'Avslag på søknad' },
    ]);
  });

  it('shows a changed definition word by word and names the field', () => {
    const before = snapshotCodebook([{ ...base[0]!, inclusion: 'Når brukeren ber om råd' }], []);
    const after = snapshotCodebook([{ ...base[0]!, inclusion: 'Når brukeren ber om praktisk hjelp' }], []);
    const [change] = diffCodebooks(before, after);
    expect(change).toMatchObject({ kind: 'text', field: 'inclusion', path: 'Hjelp' });
    const parts = change!.kind === 'text' ? change!.parts : [];
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['råd']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['praktisk hjelp']);
  });

  it('tells a merge (codings moved onto a code that existed) from a removal', () => {
    const codings = [makeCoding('k1', 'klage', 's', 0, 4), makeCoding('a1', 'avslag', 's', 10, 14)];
    const before = snapshotCodebook(base, codings);
    const afterCodes = base.filter((c) => c.id !== 'klage');
    const afterCodings = codings.map((c) => (c.codeId === 'klage' ? { ...c, codeId: 'avslag' } : c));
    const changes = diffCodebooks(before, snapshotCodebook(afterCodes, afterCodings));
    expect(changes).toEqual([{ kind: 'merged', codeIds: ['klage'], fromPaths: ['Avslag / Klage'], intoId: 'avslag', intoPath: 'Avslag' }]);
  });

  it('tells a split (some codings moved onto a new code) from a plain addition', () => {
    const codings = [makeCoding('h1', 'hjelp', 's', 0, 4), makeCoding('h2', 'hjelp', 's', 10, 14)];
    const before = snapshotCodebook(base, codings);
    // The codebook's own split keeps coding ids: the diff relies on that.
    const { value: newCode } = planSplitCode({ codes: base, codings }, { codeId: 'hjelp', codingIds: ['h2'], name: 'Økonomisk hjelp' }, fixedContext());
    const afterCodings = codings.map((c) => (c.id === 'h2' ? { ...c, codeId: newCode.id } : c));
    const changes = diffCodebooks(before, snapshotCodebook([...base, newCode], afterCodings));
    expect(kinds(changes)).toEqual(['split']);
    expect(changes[0]).toMatchObject({ kind: 'split', codeId: 'hjelp', fromPath: 'Hjelp', intoIds: [newCode.id] });
  });

  it('reports nothing between a snapshot and itself', () => {
    const s = snapshotCodebook(base, [makeCoding('h1', 'hjelp', 's', 0, 4)]);
    expect(diffCodebooks(s, s)).toEqual([]);
  });
});
