import type { Coder, Id, PlanContext, Planned } from '../model';

/** Colours offered to a new coder in turn, picked to stay apart from each other in stripes. */
export const coderPalette = ['#1f5f8b', '#b5462f', '#2f7d4a', '#8a4fa3', '#b07d12', '#2a7f86', '#a33b6b', '#5a6270'] as const;

/** The first palette colour no coder uses yet (the first again when all are taken). */
export function nextCoderColor(coders: readonly Pick<Coder, 'color'>[]): string {
  const used = new Set(coders.map((c) => c.color.toLowerCase()));
  return coderPalette.find((c) => !used.has(c)) ?? coderPalette[0];
}

/** A coder's name as stored: trimmed; an empty name is refused (the caller says so in words). */
export function cleanCoderName(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? null : trimmed;
}

/** A new human coder in the project. */
export function planAddCoder(projectId: Id, input: { name: string; color: string }, at: PlanContext): Planned<Coder> {
  const coder: Coder = { id: at.newId(), projectId, name: input.name, color: input.color, kind: 'human', createdAt: at.now, updatedAt: at.now };
  return { writes: [{ op: 'put', table: 'coders', projectId, row: coder }], value: coder };
}

/** Renames or recolours a coder; nothing is written when nothing changes. */
export function planUpdateCoder(coder: Coder, patch: { name?: string; color?: string }, at: PlanContext): Planned<Coder> {
  const changed = (patch.name !== undefined && patch.name !== coder.name) || (patch.color !== undefined && patch.color !== coder.color);
  if (!changed) return { writes: [], value: coder };
  const next = { ...coder, ...patch, updatedAt: at.now };
  return { writes: [{ op: 'update', table: 'coders', projectId: coder.projectId, key: coder.id, patch: { ...patch, updatedAt: at.now } }], value: next };
}
