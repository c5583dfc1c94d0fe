import { coderKind, defaultCoder, type Coder, type Id, type PlanContext, type Planned } from '../model';

/**
 * The coder this machine codes as in a project: the first person made, or, in a project without
 * one, a new default coder (the one write). The auto coder (search and code) is never a person
 * coding by hand, even when auto-coding came first.
 */
export function planCurrentCoder(coders: Coder[], projectId: Id, at: PlanContext): Planned<Coder> {
  const first = coders.filter((c) => coderKind(c) === 'human').sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  if (first) return { writes: [], value: first };
  const coder = defaultCoder(at.newId(), projectId, at.now);
  return { writes: [{ op: 'put', table: 'coders', projectId, row: coder }], value: coder };
}
