import { currentText } from '../../sources/current-text';
import type { Attribute, Id, Message, PlanContext, Source, SourceEdit, SourceText, Write } from '../../model';
import type { MergeConflict, OurRows, SourceAction } from './merge-types';
import { nameKey } from './name-key';

/** Their rows a source brings along when it is added. */
export interface TheirSourceRows {
  sources: Source[];
  sourceTexts: SourceText[];
  sourceEdits: SourceEdit[];
  messages: Message[];
  attributes: Attribute[];
}

export interface SourceMapping {
  /** Their source id → our source id (matched, or the copy made of theirs). */
  map: Map<Id, Id>;
  /** Their source id → the length of its current text, which their codings must stay inside. */
  lengths: Map<Id, number>;
  /** Their sources the user chose not to bring in; their codings stay out too. */
  skipped: Set<Id>;
  withoutText: number;
  added: number;
  matched: number;
  writes: Write[];
  conflicts: MergeConflict[];
}

/**
 * The text two copies of a source are compared by: the text the codings point into (typo fixes
 * applied), without a byte-order mark and with one kind of line ending. Both sides are normalised
 * on import already (offsets count over the normalised text), so this changes nothing there and
 * only keeps a stray CRLF or BOM from hiding a match.
 */
export function normalisedText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function textsOf(sources: Source[], texts: SourceText[], edits: SourceEdit[]): Map<Id, string> {
  const stored = new Map(texts.map((t) => [t.sourceId, t]));
  const editsOf = new Map<Id, SourceEdit[]>();
  for (const e of edits) {
    const list = editsOf.get(e.sourceId);
    if (list) list.push(e);
    else editsOf.set(e.sourceId, [e]);
  }
  const out = new Map<Id, string>();
  for (const s of sources) {
    const text = stored.get(s.id);
    if (text) out.set(s.id, currentText(text, editsOf.get(s.id) ?? []));
  }
  return out;
}

const byOrder = (a: Source, b: Source) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Their sources matched to ours by content: the same normalised text is the same source, whatever
 * its title (a Map keyed by the text is an exact content hash). A source of theirs with no twin
 * is added, with its text, turns, typo-fix log and case attributes; one whose title or original
 * file matches ours but whose text differs is a conflict, added as "Tittel (Kari)" by default so
 * their codings keep pointing into the text they were made on. Either may be skipped instead.
 */
export function matchSources(
  ours: Pick<OurRows, 'projectId' | 'sources' | 'sourceTexts' | 'sourceEdits' | 'attributes'>,
  theirs: TheirSourceRows,
  input: { label: string; coders: Map<Id, Id>; fallbackCoder: () => Id; resolutions: Record<string, string> },
  at: PlanContext,
): SourceMapping {
  const { projectId } = ours;
  const ourTexts = textsOf(ours.sources, ours.sourceTexts, ours.sourceEdits);
  const byText = new Map<string, Id>();
  const byTitle = new Map<string, Source>();
  const byFile = new Map<string, Source>();
  for (const s of [...ours.sources].sort(byOrder)) {
    const text = ourTexts.get(s.id);
    if (text !== undefined && !byText.has(normalisedText(text))) byText.set(normalisedText(text), s.id);
    if (!byTitle.has(nameKey(s.title))) byTitle.set(nameKey(s.title), s);
    const sha = s.origin?.sha256;
    if (sha && !byFile.has(sha)) byFile.set(sha, s);
  }
  let order = ours.sources.reduce((max, s) => Math.max(max, s.order + 1), 0);

  const theirTexts = textsOf(theirs.sources, theirs.sourceTexts, theirs.sourceEdits);
  const storedText = new Map(theirs.sourceTexts.map((t) => [t.sourceId, t]));
  const bySource = <T extends { sourceId: Id }>(rows: T[]) => {
    const map = new Map<Id, T[]>();
    for (const row of rows) {
      const list = map.get(row.sourceId);
      if (list) list.push(row);
      else map.set(row.sourceId, [row]);
    }
    return map;
  };
  const messagesOf = bySource(theirs.messages);
  const editsOf = bySource(theirs.sourceEdits);
  const attributes = attributeMapper(ours.attributes, theirs.attributes, projectId, at);
  const map = new Map<Id, Id>();
  const lengths = new Map<Id, number>();
  const skipped = new Set<Id>();
  const writes: Write[] = [];
  const conflicts: MergeConflict[] = [];
  let withoutText = 0;
  let added = 0;
  let matched = 0;

  const add = (their: Source, title: string): Id => {
    const id = at.newId();
    const attributeValues = Object.fromEntries(
      Object.entries(their.attributes ?? {}).flatMap(([key, value]) => {
        const mapped = attributes.map(key, writes);
        return mapped ? [[mapped, value]] : [];
      }),
    );
    const source: Source = { ...their, id, projectId, title, order: order++, attributes: attributeValues, updatedAt: at.now };
    writes.push({ op: 'put', table: 'sources', projectId, row: source });
    const edits = editsOf.get(their.id) ?? [];
    const editIds = new Map(edits.map((e) => [e.id, at.newId()]));
    const stored = storedText.get(their.id)!;
    const appliedThrough = stored.appliedThrough ? editIds.get(stored.appliedThrough) : undefined;
    const text: SourceText = { sourceId: id, projectId, text: stored.text, ...(appliedThrough ? { appliedThrough } : {}) };
    writes.push({ op: 'put', table: 'sourceTexts', projectId, row: text });
    for (const m of messagesOf.get(their.id) ?? [])
    {
      const row: Message = { ...m, id: at.newId(), projectId, sourceId: id };
      writes.push({ op: 'put', table: 'messages', projectId, row });
    }
    for (const e of edits) {
      const authorId = input.coders.get(e.authorId) ?? input.fallbackCoder();
      const row: SourceEdit = { ...e, id: editIds.get(e.id)!, projectId, sourceId: id, authorId };
      writes.push({ op: 'put', table: 'sourceEdits', projectId, row });
    }
    added += 1;
    return id;
  };

  for (const their of [...theirs.sources].sort(byOrder)) {
    const text = theirTexts.get(their.id);
    if (text === undefined) {
      withoutText += 1;
      skipped.add(their.id);
      continue;
    }
    lengths.set(their.id, text.length);
    const key = normalisedText(text);
    const twin = byText.get(key);
    if (twin) {
      map.set(their.id, twin);
      matched += 1;
      continue;
    }
    const namesake = byTitle.get(nameKey(their.title)) ?? (their.origin?.sha256 ? byFile.get(their.origin.sha256) : undefined);
    const newTitle = namesake ? `${their.title} (${input.label})` : their.title;
    const id = namesake ? `source-differs:${their.id}` : `source-added:${their.id}`;
    const chosen = input.resolutions[id] as SourceAction | undefined;
    const action: SourceAction = chosen === 'skip' ? 'skip' : 'add';
    conflicts.push(
      namesake
        ? { id, kind: 'source-differs', title: their.title, newTitle, action, actions: ['add', 'skip'] }
        : { id, kind: 'source-added', title: their.title, action, actions: ['add', 'skip'] },
    );
    if (action === 'skip') {
      skipped.add(their.id);
      continue;
    }
    const ourId = add(their, newTitle);
    map.set(their.id, ourId);
    byText.set(key, ourId);
  }
  return { map, lengths, skipped, withoutText, added, matched, writes, conflicts };
}

/** Their case attributes as ours: matched by name, else added (only those an added source uses). */
function attributeMapper(ours: Attribute[], theirs: Attribute[], projectId: Id, at: PlanContext) {
  const byName = new Map(ours.map((a) => [nameKey(a.name), a.id]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const done = new Map<Id, Id>();
  let order = ours.reduce((max, a) => Math.max(max, a.order + 1), 0);
  return {
    map(theirId: Id, writes: Write[]): Id | undefined {
      const known = done.get(theirId);
      if (known) return known;
      const their = theirsById.get(theirId);
      if (!their) return undefined;
      let id = byName.get(nameKey(their.name));
      if (!id) {
        id = at.newId();
        const row: Attribute = { ...their, id, projectId, order: order++, updatedAt: at.now };
        writes.push({ op: 'put', table: 'attributes', projectId, row });
        byName.set(nameKey(their.name), id);
      }
      done.set(theirId, id);
      return id;
    },
  };
}
