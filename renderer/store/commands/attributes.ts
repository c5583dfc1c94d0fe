import type { Attribute, AttributeValue, Id, Source } from '../../../shared/model';
import {
  cleanAttributeName,
  planCreateAttribute,
  planDeleteAttribute,
  planRenameAttribute,
  planSetSourceAttribute,
} from '../../../shared/attributes/plan-attributes';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

/** Case-attribute commands: read → plan (shared/attributes) → apply, each one undoable step. */

/** Sets (or clears, with an empty value) one case attribute of one source. */
export async function setSourceAttribute(
  history: History,
  input: { sourceId: Id; attributeId: Id; value: AttributeValue },
): Promise<Source> {
  return history.run({ key: 'setAttribute' }, async (rec) =>
    applyPlanned(rec, planSetSourceAttribute(await history.db.sources.get(input.sourceId), input, planContext())),
  );
}

export async function createAttribute(history: History, input: { projectId: Id; name: string }): Promise<Attribute> {
  const name = cleanAttributeName(input.name);
  return history.run({ key: 'createAttribute', values: { name } }, async (rec) => {
    const existing = await history.db.attributes.where('projectId').equals(input.projectId).toArray();
    return applyPlanned(rec, planCreateAttribute(existing, input, planContext()));
  });
}

export async function renameAttribute(history: History, input: { id: Id; name: string }): Promise<Attribute> {
  return history.run({ key: 'renameAttribute', values: { name: input.name } }, async (rec) =>
    applyPlanned(rec, planRenameAttribute(await history.db.attributes.get(input.id), input, planContext())),
  );
}

/** Deletes an attribute and its value on every source, as one step. */
export async function deleteAttribute(history: History, input: { id: Id }): Promise<void> {
  const { db } = history;
  return history.run({ key: 'deleteAttribute' }, async (rec) => {
    const attribute = await db.attributes.get(input.id);
    const sources = attribute ? await db.sources.where('projectId').equals(attribute.projectId).toArray() : [];
    return applyPlanned(rec, planDeleteAttribute({ attribute, sources }));
  });
}
