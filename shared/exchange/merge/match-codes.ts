import { fallbackColour } from '../../codebook/palette';
import { buildCodeTree, codePath, flattenCodeTree, nextOrder, siblings } from '../../codebook/tree';
import type { Code, Coding, Id, PlanContext, Write } from '../../model';
import { guidOf } from './guid-of';
import type { DefinitionAction, MergeConflict } from './merge-types';
import { nameKey, pathKey } from './name-key';

export interface CodeMapping {
  /** Their code id → our code id (matched, or the new code made for it). */
  map: Map<Id, Id>;
  added: number;
  matched: number;
  updated: number;
  writes: Write[];
  conflicts: MergeConflict[];
}

/** What a code means, as coders apply it: its definition, criteria and examples. */
const criteria = ['definition', 'inclusion', 'exclusion', 'typicalExample', 'atypicalExample'] as const;

function meaning(code: Code): string {
  return criteria.map((field) => (code[field] ?? '').trim()).join('\u0000');
}
const empty = criteria.map(() => '').join('\u0000');

/**
 * Their codebook mapped onto ours. A code of theirs is matched by REFI GUID, then by path
 * ("Grensearbeid/Tydelig"), then by name when only one of our codes has it; anything else is added
 * under the code its parent was mapped to. A match whose definition differs is a conflict: by
 * default their version is added beside ours as "Navn (Kari)" (a second merge finds that code and
 * adds nothing); a match found under another parent is a conflict too, and stays where we put it.
 * Our codes with codings that have no counterpart in their project are listed, and kept.
 */
export function matchCodes(
  ours: Code[],
  ourCodings: Coding[],
  theirs: Code[],
  input: {
    projectId: Id;
    label: string;
    resolutions: Record<string, string>;
    /** Whether their codings of a code are on our code already: an earlier merge kept ours. */
    mergedOnto?: (theirCodeId: Id, ourCodeId: Id) => boolean;
  },
  at: PlanContext,
): CodeMapping {
  const { projectId, label } = input;
  const all = [...ours];
  const ourPath = new Map(ours.map((c) => [c.id, codePath(ours, c.id)]));
  const byGuid = new Map<string, Code>();
  const byPath = new Map<string, Code>();
  const byName = new Map<string, Code[]>();
  const index = (code: Code, path: string) => {
    const guid = guidOf(code);
    if (guid && !byGuid.has(guid)) byGuid.set(guid, code);
    if (!byPath.has(pathKey(path))) byPath.set(pathKey(path), code);
    const list = byName.get(nameKey(code.name));
    if (list) list.push(code);
    else byName.set(nameKey(code.name), [code]);
  };
  for (const code of flattenCodeTree(buildCodeTree(ours))) index(code.code, ourPath.get(code.code.id)!);

  const map = new Map<Id, Id>();
  /** Our codes some code of theirs matched, whatever became of the match (kept, or theirs added beside). */
  const seen = new Set<Id>();
  const writes: Write[] = [];
  const conflicts: MergeConflict[] = [];
  let added = 0;
  let matched = 0;
  let updated = 0;

  const create = (their: Code, name: string): Code => {
    const parentId = their.parentId ? (map.get(their.parentId) ?? null) : null;
    const row: Code = {
      ...their,
      id: at.newId(),
      projectId,
      parentId,
      order: nextOrder(siblings(all, parentId)),
      name,
      color: their.color || fallbackColour(all.length),
      pinned: false,
      createdAt: their.createdAt || at.now,
      updatedAt: at.now,
    };
    all.push(row);
    index(row, parentId ? `${codePath(all, parentId)}/${name}` : name);
    writes.push({ op: 'put', table: 'codes', projectId, row });
    added += 1;
    return row;
  };

  for (const { code: their } of flattenCodeTree(buildCodeTree(theirs))) {
    const theirPath = codePath(theirs, their.id);
    const guid = guidOf(their);
    const named = byName.get(nameKey(their.name)) ?? [];
    const byGuidMatch = guid ? byGuid.get(guid) : undefined;
    const byPathMatch = byGuidMatch ? undefined : byPath.get(pathKey(theirPath));
    const match = byGuidMatch ?? byPathMatch ?? (named.length === 1 ? named[0] : undefined);
    if (!match) {
      map.set(their.id, create(their, their.name).id);
      continue;
    }
    seen.add(match.id);
    const pathOfMatch = codePath(all, match.id);
    let target: Code = match;
    const same = meaning(their) === meaning(match) || meaning(their) === empty;
    if (!same) {
      const newName = `${their.name} (${label})`;
      // Their version added as its own code by an earlier merge of the same file.
      const earlier = (byName.get(nameKey(newName)) ?? []).find((c) => meaning(c) === meaning(their));
      if (earlier) {
        target = earlier;
        matched += 1;
      } else {
        const oursEmpty = meaning(match) === empty;
        const id = `definition:${their.id}`;
        const actions: DefinitionAction[] = oursEmpty ? ['use-theirs', 'keep-ours', 'add-theirs'] : ['add-theirs', 'keep-ours'];
        const chosen = input.resolutions[id] as DefinitionAction | undefined;
        // A second merge of the same file repeats the first one's choice: where their codings
        // already sit on our code, "keep ours" was chosen, and adding theirs now would copy them.
        const fallback = input.mergedOnto?.(their.id, match.id) ? 'keep-ours' : actions[0]!;
        const action = chosen && actions.includes(chosen) ? chosen : fallback;
        conflicts.push({ id, kind: 'definition', name: their.name, ourPath: pathOfMatch, theirPath, newName, oursEmpty, action, actions });
        if (action === 'add-theirs') target = create(their, newName);
        else if (action === 'use-theirs') {
          const patch = { ...Object.fromEntries(criteria.map((f) => [f, their[f] ?? ''])), updatedAt: at.now };
          writes.push({ op: 'update', table: 'codes', projectId, key: match.id, patch });
          updated += 1;
        }
      }
    }
    if (target !== match) {
      map.set(their.id, target.id);
      continue;
    }
    matched += 1;
    map.set(their.id, match.id);
    // Moved: under another parent (a code renamed in place, matched by GUID, has not moved).
    const parentPath = (path: string) => pathKey(path).split('/').slice(0, -1).join('/');
    if (parentPath(pathOfMatch) !== parentPath(theirPath))
      conflicts.push({ id: `moved:${their.id}`, kind: 'moved', name: their.name, ourPath: pathOfMatch, theirPath, action: 'keep-ours', actions: ['keep-ours'] });
  }

  // Ours with codings that nothing of theirs matched: deleted there, or made here since they copied.
  const reached = new Set([...map.values(), ...seen]);
  const codingsOf = new Map<Id, number>();
  for (const c of ourCodings) codingsOf.set(c.codeId, (codingsOf.get(c.codeId) ?? 0) + 1);
  for (const { code } of flattenCodeTree(buildCodeTree(ours))) {
    const codings = codingsOf.get(code.id) ?? 0;
    if (codings > 0 && !reached.has(code.id))
      conflicts.push({ id: `missing:${code.id}`, kind: 'missing', name: code.name, ourPath: ourPath.get(code.id)!, codings, action: 'keep-ours', actions: ['keep-ours'] });
  }
  return { map, added, matched, updated, writes, conflicts };
}
