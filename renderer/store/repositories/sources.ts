import type { Attribute, Message, Source, SourceKind, SourceOrigin, TextSpan } from '../../../shared/model';
import type { ImportedMessage } from '../../../shared/import/result';
import type { KodebokDb } from '../db';
import { newId, nowIso } from '../ids';

/** A source ready to be written: parsed, reviewed in the preview, anonymised if the user chose to. */
export interface PreparedSource {
  title: string;
  kind: SourceKind;
  text: string;
  messages: ImportedMessage[];
  /** Header lines before the first turn, shown above the turns and not coded. */
  preamble: TextSpan | null;
  origin: SourceOrigin;
  /** Case attributes by attribute name; definitions are created for new names. */
  attributes: Record<string, string>;
}

/**
 * Writes a whole import batch in ONE transaction: sources, texts, messages and any new attribute
 * definitions. If anything fails, nothing of the batch is stored.
 */
export async function importSources(db: KodebokDb, projectId: string, batch: PreparedSource[]): Promise<Source[]> {
  return db.transaction('rw', [db.sources, db.sourceTexts, db.messages, db.attributes, db.projects], async () => {
    const now = nowIso();
    const attributes = await db.attributes.where('projectId').equals(projectId).toArray();
    const attributeIds = new Map(attributes.map((a) => [a.name.toLocaleLowerCase('nb'), a.id]));
    const newAttributes: Attribute[] = [];
    const attributeId = (name: string) => {
      const key = name.trim().toLocaleLowerCase('nb');
      let id = attributeIds.get(key);
      if (!id) {
        id = newId();
        attributeIds.set(key, id);
        newAttributes.push({
          id,
          projectId,
          name: name.trim(),
          type: 'text',
          choices: [],
          order: attributes.length + newAttributes.length,
          createdAt: now,
          updatedAt: now,
        });
      }
      return id;
    };

    const last = await db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).last();
    let order = last ? last.order + 1 : 0;
    const sources: Source[] = [];
    const messages: Message[] = [];
    for (const prepared of batch) {
      const source: Source = {
        id: newId(),
        projectId,
        title: prepared.title.trim() || prepared.origin.fileName,
        kind: prepared.kind,
        origin: prepared.origin,
        length: prepared.text.length,
        preamble: prepared.preamble && { start: prepared.preamble.start, end: prepared.preamble.end },
        attributes: Object.fromEntries(
          Object.entries(prepared.attributes)
            .filter(([name, value]) => name.trim() && value.trim())
            .map(([name, value]) => [attributeId(name), value.trim()]),
        ),
        order: order++,
        createdAt: now,
        updatedAt: now,
      };
      sources.push(source);
      prepared.messages.forEach((m, index) =>
        messages.push({
          id: newId(),
          sourceId: source.id,
          projectId,
          order: index,
          speaker: m.speaker,
          role: m.role,
          delay: m.delay,
          timestamp: m.timestamp,
          timestampEnd: m.timestampEnd,
          start: m.start,
          end: m.end,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    await db.attributes.bulkAdd(newAttributes);
    await db.sources.bulkAdd(sources);
    await db.sourceTexts.bulkAdd(
      sources.map((s, i) => ({ sourceId: s.id, projectId, text: batch[i]!.text })),
    );
    await db.messages.bulkAdd(messages);
    await db.projects.update(projectId, { updatedAt: now });
    return sources;
  });
}

/** Which of these file hashes the project already holds (same bytes imported before). */
export async function findImportedHashes(db: KodebokDb, projectId: string, hashes: string[]): Promise<Set<string>> {
  const found = await db.sources.where('origin.sha256').anyOf(hashes).filter((s) => s.projectId === projectId).toArray();
  return new Set(found.map((s) => s.origin.sha256));
}

export async function listSources(db: KodebokDb, projectId: string): Promise<Source[]> {
  return db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray();
}

export async function getSourceText(db: KodebokDb, sourceId: string): Promise<string | undefined> {
  return (await db.sourceTexts.get(sourceId))?.text;
}
