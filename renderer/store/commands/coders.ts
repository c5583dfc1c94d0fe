import type { Coder, Id } from '../../../shared/model';
import { cleanCoderName, nextCoderColor, planAddCoder, planUpdateCoder } from '../../../shared/coders/plan-coders';
import { planAdoptUnit } from '../../../shared/coders/plan-adopt';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

/**
 * Coder commands (add, rename, recolour) and adopting one coder's coding of a unit into the
 * consensus coder: read → plan (shared/coders) → apply, each one undoable step.
 */

/** Thrown for a coder name that is empty after trimming; the UI says so in words. */
export class CoderNameEmptyError extends Error {
  readonly code = 'coderNameEmpty';
  constructor() {
    super('coderNameEmpty');
  }
}

function nameOrThrow(name: string): string {
  const clean = cleanCoderName(name);
  if (clean === null) throw new CoderNameEmptyError();
  return clean;
}

export async function addCoder(history: History, input: { projectId: Id; name: string; color?: string }): Promise<Coder> {
  const { db } = history;
  const name = nameOrThrow(input.name);
  return history.run({ key: 'coders.add', values: { coder: name } }, async (rec) => {
    const coders = await db.coders.where('projectId').equals(input.projectId).toArray();
    return applyPlanned(rec, planAddCoder(input.projectId, { name, color: input.color ?? nextCoderColor(coders) }, planContext()));
  });
}

export async function updateCoder(history: History, input: { id: Id; name?: string; color?: string }): Promise<Coder | null> {
  const { db } = history;
  const patch = { ...(input.name !== undefined ? { name: nameOrThrow(input.name) } : {}), ...(input.color !== undefined ? { color: input.color } : {}) };
  const label = async () => {
    const coder = await db.coders.get(input.id);
    return { key: patch.name !== undefined ? 'coders.rename' : 'coders.recolour', values: { coder: coder?.name ?? '' } };
  };
  // Dragging through the colour picker is one step, not one per colour passed.
  const options = patch.name === undefined ? { coalesceKey: `recolourCoder:${input.id}` } : {};
  return history.run(
    label,
    async (rec) => {
      const coder = await db.coders.get(input.id);
      if (!coder) return null;
      return applyPlanned(rec, planUpdateCoder(coder, patch, planContext()));
    },
    options,
  );
}

/** Takes one coder's coding of a unit (its codes among `codeIds`) into the consensus coder. */
export async function adoptUnit(
  history: History,
  input: { projectId: Id; sourceId: Id; start: number; end: number; fromCoderId: Id; codeIds: Id[] },
): Promise<{ added: number; removed: number }> {
  const { db } = history;
  const label = async () => ({ key: 'coders.adopt', values: { coder: (await db.coders.get(input.fromCoderId))?.name ?? '' } });
  return history.run(label, async (rec) => {
    const coders = await db.coders.where('projectId').equals(input.projectId).toArray();
    const codings = (await db.codings.where('sourceId').equals(input.sourceId).toArray()).filter((c) => c.start < input.end && c.end > input.start);
    const planned = planAdoptUnit({ ...input, coders, codings }, planContext());
    const { added, removed } = await applyPlanned(rec, planned);
    return { added, removed };
  });
}
