import type { Attribute, AttributeValue, Id, PlanContext, Planned, Source, Write } from '../model';

/** Plans of the case-attribute commands: rows in, plain writes out (shared/model/write.ts). */

/** Sets (or clears, with an empty value) one case attribute of one source. */
export function planSetSourceAttribute(
  source: Source | undefined,
  input: { attributeId: Id; value: AttributeValue },
  at: PlanContext,
): Planned<Source> {
  if (!source) throw new Error('The source is gone.');
  const attributes = { ...source.attributes };
  if (input.value === null || input.value === '') delete attributes[input.attributeId];
  else attributes[input.attributeId] = input.value;
  const patch = { attributes, updatedAt: at.now };
  return { writes: [{ op: 'update', table: 'sources', projectId: source.projectId, key: source.id, patch }], value: { ...source, ...patch } };
}

/** An attribute's name as stored: trimmed; refused when empty. */
export function cleanAttributeName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('An attribute needs a name.');
  return trimmed;
}

/** A new attribute after the others; a name already there (in any case) is that attribute. */
export function planCreateAttribute(existing: Attribute[], input: { projectId: Id; name: string }, at: PlanContext): Planned<Attribute> {
  const name = cleanAttributeName(input.name);
  const same = existing.find((a) => a.name.toLocaleLowerCase('nb') === name.toLocaleLowerCase('nb'));
  if (same) return { writes: [], value: same };
  const attribute: Attribute = {
    id: at.newId(),
    projectId: input.projectId,
    name,
    type: 'text',
    choices: [],
    order: existing.length,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'attributes', projectId: input.projectId, row: attribute }], value: attribute };
}

export function planRenameAttribute(attribute: Attribute | undefined, input: { name: string }, at: PlanContext): Planned<Attribute> {
  if (!attribute) throw new Error('The attribute is gone.');
  const patch = { name: input.name.trim(), updatedAt: at.now };
  return {
    writes: [{ op: 'update', table: 'attributes', projectId: attribute.projectId, key: attribute.id, patch }],
    value: { ...attribute, ...patch },
  };
}

/** Deletes an attribute and its value on every source. `sources`: the attribute's project's. */
export function planDeleteAttribute(rows: { attribute: Attribute | undefined; sources: Source[] }): Planned<void> {
  const { attribute } = rows;
  if (!attribute) return { writes: [], value: undefined };
  const { id, projectId } = attribute;
  const writes: Write[] = [];
  for (const source of rows.sources) {
    if (!(id in source.attributes)) continue;
    const attributes = { ...source.attributes };
    delete attributes[id];
    writes.push({ op: 'update', table: 'sources', projectId, key: source.id, patch: { attributes } });
  }
  writes.push({ op: 'delete', table: 'attributes', projectId, key: id });
  return { writes, value: undefined };
}
