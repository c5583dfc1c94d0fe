import { describe, expect, it } from 'vitest';
import {
  editedSince,
  latestSignedOff,
  planAddComment,
  planDecideProposal,
  planPropose,
  planResolveThread,
  planSignOff,
  planSnapshotVersion,
  threadComments,
} from '../../../shared/review';
import { makeCode, makeCoding } from '../codebook/make-code';
import { fixedContext } from '../plan-context';

describe('comments', () => {
  it('threads replies under the comment they answer and resolves the whole thread from a reply', () => {
    const at = fixedContext();
    const root = planAddComment({ projectId: 'p', target: { kind: 'code', codeId: 'hjelp' }, author: 'Veileder Vik', text: 'For vid?' }, at).value;
    const reply = planAddComment({ projectId: 'p', target: root.target, replyTo: root.id, author: 'Kari', text: 'Snevret inn.' }, { ...at, now: '2026-02-03T11:00:00.000Z' }).value;
    const other = planAddComment({ projectId: 'p', target: { kind: 'coding', codingId: 'c1', codeId: 'hjelp' }, author: 'Veileder Vik', text: 'Feil kode her' }, at).value;
    const threads = threadComments([reply, other, root]);
    expect(threads.map((t) => [t.root.text, t.replies.map((r) => r.text)])).toEqual([
      ['For vid?', ['Snevret inn.']],
      ['Feil kode her', []],
    ]);
    expect(planResolveThread([root, reply], reply.id, true, at)).toEqual([
      { op: 'update', table: 'reviewComments', projectId: 'p', key: root.id, patch: { resolved: true, updatedAt: at.now } },
    ]);
    // Reopening a thread that is open changes nothing.
    expect(planResolveThread([root, reply], root.id, false, at)).toEqual([]);
  });
});

describe('proposals', () => {
  const code = { ...makeCode('hjelp', 'Hjelp'), definition: 'Ber om hjelp.' };

  it('accepting writes the new text and closes the proposal in one set of writes', () => {
    const proposal = planPropose(code, 'definition', 'Ber om praktisk hjelp.', 'Veileder Vik', fixedContext()).value;
    expect(proposal).toMatchObject({ before: 'Ber om hjelp.', status: 'open' });
    const decided = planDecideProposal({ proposal, code }, true, fixedContext());
    expect(decided.ok && decided.writes.map((w) => [w.table, w.op === 'update' && w.patch])).toEqual([
      ['codes', { definition: 'Ber om praktisk hjelp.', updatedAt: '2026-02-03T10:00:00.000Z' }],
      ['proposals', { status: 'accepted', updatedAt: '2026-02-03T10:00:00.000Z' }],
    ]);
  });

  it('rejecting leaves the code alone; a closed proposal cannot be decided again', () => {
    const proposal = planPropose(code, 'name', 'Hjelpebehov', 'Veileder Vik', fixedContext()).value;
    const rejected = planDecideProposal({ proposal, code }, false, fixedContext());
    expect(rejected.ok && rejected.writes.map((w) => w.table)).toEqual(['proposals']);
    expect(planDecideProposal({ proposal: { ...proposal, status: 'rejected' }, code }, true, fixedContext())).toEqual({ ok: false, error: 'proposal-closed' });
    expect(planDecideProposal({ proposal, code: undefined }, true, fixedContext())).toEqual({ ok: false, error: 'code-gone' });
  });
});

describe('versions and sign-off', () => {
  const codes = [makeCode('hjelp', 'Hjelp')];
  const codings = [makeCoding('c1', 'hjelp', 's', 0, 4)];

  it('snapshots the codebook with name, author and note, and signs it off once', () => {
    const at = fixedContext();
    const version = planSnapshotVersion({ codes, codings }, { projectId: 'p', name: ' Versjon 1 ', author: 'Kari', note: 'Før veiledning' }, at).value;
    expect(version).toMatchObject({ name: 'Versjon 1', author: 'Kari', note: 'Før veiledning', createdAt: at.now, signOff: null });
    expect(version.snapshot.codes.map((c) => [c.name, c.codingIds])).toEqual([['Hjelp', ['c1']]]);
    const writes = planSignOff(version, 'Veileder Vik', at);
    expect(writes).toEqual([
      { op: 'update', table: 'codebookVersions', projectId: 'p', key: version.id, patch: { signOff: { by: 'Veileder Vik', at: at.now }, updatedAt: at.now } },
    ]);
    const signed = { ...version, signOff: { by: 'Veileder Vik', at: at.now } };
    expect(planSignOff(signed, 'Noen andre', at)).toBe('already-signed');
    expect(latestSignedOff([version, signed])).toBe(signed);
  });

  it('knows when the codebook has moved on since a signed version', () => {
    const version = planSnapshotVersion({ codes, codings }, { projectId: 'p', name: 'V1', author: 'Kari', note: '' }, fixedContext()).value;
    expect(editedSince(version, codes, codings)).toBe(false);
    expect(editedSince(version, [{ ...codes[0]!, definition: 'Ny' }], codings)).toBe(true);
  });
});
