import type { Code, Id, IsoDateTime, PlanContext, Planned, Write } from '../model';
import type { CodeTextField } from './snapshot';

export type ProposalField = 'name' | CodeTextField;
export type ProposalStatus = 'open' | 'accepted' | 'rejected';

/** A reviewer's suggested change to one field of one code; the author accepts or rejects it. */
export interface Proposal {
  id: Id;
  projectId: Id;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  codeId: Id;
  field: ProposalField;
  /** The text when proposed, so the author sees what the reviewer read. */
  before: string;
  after: string;
  author: string;
  status: ProposalStatus;
}

export function planPropose(code: Code, field: ProposalField, after: string, author: string, at: PlanContext): Planned<Proposal> {
  const row: Proposal = {
    id: at.newId(),
    projectId: code.projectId,
    createdAt: at.now,
    updatedAt: at.now,
    codeId: code.id,
    field,
    before: code[field],
    after,
    author: author.trim(),
    status: 'open',
  };
  return { writes: [{ op: 'put', table: 'proposals', projectId: code.projectId, row }], value: row };
}

export type DecideError = 'proposal-closed' | 'code-gone';

/**
 * Accepting applies the change to the code and closes the proposal in the same writes, so History
 * undoes both as one step. Rejecting only closes it. A closed proposal or a deleted code is refused.
 */
export function planDecideProposal(
  rows: { proposal: Proposal; code: Code | undefined },
  accept: boolean,
  at: PlanContext,
): { ok: true; writes: Write[] } | { ok: false; error: DecideError } {
  const { proposal, code } = rows;
  if (proposal.status !== 'open') return { ok: false, error: 'proposal-closed' };
  const status: ProposalStatus = accept ? 'accepted' : 'rejected';
  const close: Write = { op: 'update', table: 'proposals', projectId: proposal.projectId, key: proposal.id, patch: { status, updatedAt: at.now } };
  if (!accept) return { ok: true, writes: [close] };
  if (!code) return { ok: false, error: 'code-gone' };
  return {
    ok: true,
    writes: [
      { op: 'update', table: 'codes', projectId: code.projectId, key: code.id, patch: { [proposal.field]: proposal.after, updatedAt: at.now } },
      close,
    ],
  };
}
