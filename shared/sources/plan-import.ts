import type { Attribute, Id, Message, PlanContext, Planned, Source, SourceKind, SourceOrigin, SourceText, TextSpan, Write, WriteRow, WriteTable } from '../model';
import type { ImportedMessage } from '../import/result';

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

/** What an import reads first: the project's attribute definitions and its last source's order. */
export interface ImportRows {
  attributes: Attribute[];
  /** The highest `order` of the project's sources, null when it has none. */
  lastOrder: number | null;
}

/**
 * Plans a whole import batch: new attribute definitions (for attribute names not yet in the
 * project, matched regardless of case), then sources, their texts and messages, then the project's
 * `updatedAt`. The writes are grouped by table so the store can put each table in one bulk call.
 */
export function planImportSources(
  rows: ImportRows,
  input: { projectId: Id; batch: PreparedSource[] },
  at: PlanContext,
): Planned<Source[]> {
  const { projectId, batch } = input;
  const { now } = at;
  const attributeIds = new Map(rows.attributes.map((a) => [a.name.toLocaleLowerCase('nb'), a.id]));
  const newAttributes: Attribute[] = [];
  const attributeId = (name: string) => {
    const key = name.trim().toLocaleLowerCase('nb');
    let id = attributeIds.get(key);
    if (!id) {
      id = at.newId();
      attributeIds.set(key, id);
      newAttributes.push({
        id,
        projectId,
        name: name.trim(),
        type: 'text',
        choices: [],
        order: rows.attributes.length + newAttributes.length,
        createdAt: now,
        updatedAt: now,
      });
    }
    return id;
  };

  let order = rows.lastOrder === null ? 0 : rows.lastOrder + 1;
  const sources: Source[] = [];
  const texts: SourceText[] = [];
  const messages: Message[] = [];
  for (const prepared of batch) {
    const source: Source = {
      id: at.newId(),
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
    texts.push({ sourceId: source.id, projectId, text: prepared.text });
    prepared.messages.forEach((m, index) =>
      messages.push({
        id: at.newId(),
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
  const put = (table: WriteTable) => (row: WriteRow): Write => ({ op: 'put', table, projectId, row });
  const writes: Write[] = [
    ...newAttributes.map(put('attributes')),
    ...sources.map(put('sources')),
    ...texts.map(put('sourceTexts')),
    ...messages.map(put('messages')),
    { op: 'update', table: 'projects', projectId, key: projectId, patch: { updatedAt: now } },
  ];
  return { writes, value: sources };
}
