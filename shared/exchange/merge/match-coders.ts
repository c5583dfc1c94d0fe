import { codePalette } from '../../codebook/palette';
import type { Coder, Id, PlanContext, Write } from '../../model';
import type { CoderAction, MergeConflict } from './merge-types';
import { guidOf } from './guid-of';
import { nameKey } from './name-key';

export interface CoderMapping {
  /** Their coder id (and any author id their rows name) → our coder id. */
  map: Map<Id, Id>;
  /** Our coder rows by id after the merge (matched and new). */
  coders: Map<Id, Coder>;
  isNew: Set<Id>;
  /** The name their project is known by in names we make ("Navn (Kari)"): their first coder's. */
  label: string;
  writes: Write[];
  conflicts: MergeConflict[];
}

const byCreation = (a: Coder, b: Coder) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Their coders kept as coders: matched to ours by REFI GUID, then by name; otherwise a new coder
 * row. New rows are stamped `now`, so the first coder of our project, the one this machine codes
 * as (planCurrentCoder), stays ours. Ids their codings or memos name without a coder row go to
 * their first coder, or to a coder named after their project when they have none.
 */
export function matchCoders(
  ours: Coder[],
  theirs: Coder[],
  referenced: Iterable<Id>,
  input: { projectId: Id; theirProjectName: string; resolutions: Record<string, string> },
  at: PlanContext,
): CoderMapping {
  const { projectId } = input;
  const ourFirst = [...ours].sort(byCreation)[0];
  const coders = new Map(ours.map((c) => [c.id, c]));
  const byGuid = new Map(ours.filter((c) => guidOf(c)).map((c) => [guidOf(c)!, c]));
  const byName = new Map<string, Coder>();
  for (const c of [...ours].sort(byCreation)) if (!byName.has(nameKey(c.name))) byName.set(nameKey(c.name), c);
  const usedColours = new Set(ours.map((c) => c.color.toLowerCase()));
  const map = new Map<Id, Id>();
  const isNew = new Set<Id>();
  const writes: Write[] = [];
  const conflicts: MergeConflict[] = [];

  const sorted = [...theirs].sort(byCreation);
  const theirFirst: Coder = sorted[0] ?? {
    id: '',
    projectId: '',
    name: input.theirProjectName.trim() || 'Koder',
    color: '',
    createdAt: '',
    updatedAt: '',
  };
  const label = theirFirst.name;

  const create = (their: Coder, name: string): Coder => {
    const colour = usedColours.has(their.color.toLowerCase()) || !their.color ? codePalette.find((c) => !usedColours.has(c)) ?? codePalette[0] : their.color;
    usedColours.add(colour.toLowerCase());
    const row: Coder = { ...their, id: at.newId(), projectId, name, color: colour, createdAt: at.now, updatedAt: at.now };
    coders.set(row.id, row);
    byName.set(nameKey(name), row);
    isNew.add(row.id);
    writes.push({ op: 'put', table: 'coders', projectId, row });
    return row;
  };

  const place = (their: Coder): Id => {
    const guid = guidOf(their);
    const guided = guid ? byGuid.get(guid) : undefined;
    if (guided) return guided.id;
    const named = byName.get(nameKey(their.name));
    if (named && named.id === ourFirst?.id && !isNew.has(named.id)) {
      // Two projects that both still code as the default "Koder 1" would otherwise fold two
      // people into one: said in the preview, where the user can keep them apart.
      const newName = `${their.name} (${input.theirProjectName.trim() || '2'})`;
      const id = `coder-same-name:${their.id}`;
      const action: CoderAction = input.resolutions[id] === 'separate' ? 'separate' : 'same-coder';
      conflicts.push({ id, kind: 'coder-same-name', name: their.name, newName, action, actions: ['same-coder', 'separate'] });
      if (action === 'same-coder') return named.id;
      return (byName.get(nameKey(newName)) ?? create(their, newName)).id;
    }
    if (named) return named.id;
    return create(their, their.name).id;
  };

  for (const their of sorted) map.set(their.id, place(their));
  const missing = [...new Set(referenced)].filter((id) => id && !map.has(id));
  if (missing.length > 0) {
    const fallback = map.get(theirFirst.id) ?? place(theirFirst);
    for (const id of missing) map.set(id, fallback);
  }
  return { map, coders, isNew, label, writes, conflicts };
}
