import type { Attribute, AttributeValue, Source } from '../../../shared/model';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { newId, nowIso } from '../ids';

/** Sets (or clears, with an empty value) one case attribute of one source. */
export function setSourceAttribute(
  db: KodebokDb,
  history: History,
  sourceId: string,
  attributeId: string,
  value: AttributeValue,
): Promise<Source> {
  return history.run({ key: 'setAttribute' }, async (rec) => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('The source is gone.');
    const attributes = { ...source.attributes };
    if (value === null || value === '') delete attributes[attributeId];
    else attributes[attributeId] = value;
    return rec.update<Source>('sources', sourceId, { attributes, updatedAt: nowIso() });
  });
}

export function createAttribute(db: KodebokDb, history: History, projectId: string, name: string): Promise<Attribute> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('An attribute needs a name.');
  return history.run({ key: 'createAttribute', values: { name: trimmed } }, async (rec) => {
    const existing = await db.attributes.where('projectId').equals(projectId).toArray();
    const same = existing.find((a) => a.name.toLocaleLowerCase('nb') === trimmed.toLocaleLowerCase('nb'));
    if (same) return same;
    const now = nowIso();
    return rec.put<Attribute>('attributes', {
      id: newId(),
      projectId,
      name: trimmed,
      type: 'text',
      choices: [],
      order: existing.length,
      createdAt: now,
      updatedAt: now,
    });
  });
}

export function renameAttribute(history: History, id: string, name: string): Promise<Attribute> {
  return history.run({ key: 'renameAttribute', values: { name } }, (rec) =>
    rec.update<Attribute>('attributes', id, { name: name.trim(), updatedAt: nowIso() }),
  );
}

/** Deletes an attribute and its value on every source, as one step. */
export function deleteAttribute(db: KodebokDb, history: History, id: string): Promise<void> {
  return history.run({ key: 'deleteAttribute' }, async (rec) => {
    const attribute = await db.attributes.get(id);
    if (!attribute) return;
    const sources = await db.sources.where('projectId').equals(attribute.projectId).toArray();
    for (const source of sources) {
      if (!(id in source.attributes)) continue;
      const attributes = { ...source.attributes };
      delete attributes[id];
      await rec.update<Source>('sources', source.id, { attributes });
    }
    await rec.delete('attributes', id);
  });
}
