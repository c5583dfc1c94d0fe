/**
 * A checked REFI-QDA project tree as Kodebok rows (an ExchangeProject) and the import report.
 * Users become coders, the code tree keeps its colours and descriptions (a parent code keeps its
 * codings), text sources become sources with their text normalised as every import does, each
 * PlainTextSelection's codings become codings placed by offsets.ts under their own user, notes
 * become memos on what their NoteRefs name, variables become attributes (types kept), cases give
 * their sources values (and a "Case" attribute), and sets become project memos. Every row that
 * came from the file keeps its GUID as `refiGuid`. PDFs, pictures, audio and video are listed in
 * the report as attachments with their selections; their text representations are text sources.
 */
import type { BackupRow, BackupTables } from '../../../backup/format';
import { backupTables } from '../../../backup/format';
import { fallbackColour } from '../../../codebook/palette';
import { decodeText } from '../../../import/decode-text';
import type { DecodeBytes, Sha256 } from '../../../import/environment';
import { detectLineEndings } from '../../../import/normalise';
import { ImportError } from '../../../import/result';
import { stateFromPlainText } from '../../../memos/content';
import { defaultProjectSettings } from '../../../model';
import type { ExchangeProject } from '../../exchange-project';
import { placeSelections, type FileSelection } from '../../offsets';
import type { QdpxArchive } from './archive';
import { RefiReadError } from './errors';
import type { RefiAttachment, RefiCounts, RefiReport, RefiSourceSummary, RefiWarning, UnplacedSelection, AttachmentKind } from './report';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

export interface RefiReadOptions {
  /**
   * Keep the PDFs, pictures and recordings inside the .qdpx as `attachments` rows with their bytes
   * (the app's import); without it they are only listed in the report (`cli inspect`).
   */
  keepAttachments?: boolean;
}

export interface RefiReadEnvironment {
  decode: DecodeBytes;
  sha256: Sha256;
  newId: () => string;
  /** ISO 8601, the import's time: rows without their own dates get it. */
  now: string;
}

const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  avi: 'video/x-msvideo',
};

const mediaKinds: Record<string, AttachmentKind> = {
  PDFSource: 'pdf',
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
};

const selectionKinds = new Set(['PDFSelection', 'PictureSelection', 'AudioSelection', 'VideoSelection', 'TranscriptSelection']);

function emptyTables(): BackupTables {
  return Object.fromEntries(backupTables.map((t) => [t, []])) as unknown as BackupTables;
}

/** A #rgb or #rrggbb colour as #rrggbb, lower case; anything else is no colour. */
function colourOf(value: string | undefined): string | null {
  if (!value) return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : null;
}

function descriptionOf(element: XmlElement): string {
  return childNamed(element, 'Description')?.text.trim() ?? '';
}

/** GUIDs compare without case or braces: ATLAS.ti writes upper case, NVivo lower. */
function key(guid: string | undefined): string {
  return (guid ?? '').trim().replace(/^\{|\}$/g, '').toLowerCase();
}

function stamp(value: string | undefined, fallback: string): string {
  return value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;
}

/** Every element below `root` with one of the names, in document order (iteratively). */
function descendants(root: XmlElement | undefined, names: Set<string>): XmlElement[] {
  if (!root) return [];
  const found: XmlElement[] = [];
  const stack = [...root.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (names.has(element.name)) found.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return found;
}

/** A note's or source's text when the XML holds it: PlainTextContent, else nothing. */
function inlineText(element: XmlElement): string | null {
  const content = childNamed(element, 'PlainTextContent');
  return content ? content.text : null;
}

type MemoTarget = { kind: 'project' | 'source' | 'code' | 'coding'; id: string };

/** A memo to write once every target exists. */
interface PendingMemo {
  title: string;
  text: string;
  target: MemoTarget;
  user?: string | undefined;
  created?: string | undefined;
  guid?: string | undefined;
  /** Made from a Set: a Kodebok extension that holds the themes replaces it. */
  fromSet?: boolean;
}

interface TextCarrier {
  /** The TextSource, a PDF's Representation or a media Transcript. */
  element: XmlElement;
  title: string;
}

export async function toExchangeProject(
  root: XmlElement,
  archive: QdpxArchive | null,
  file: string,
  env: RefiReadEnvironment,
  options: RefiReadOptions = {},
): Promise<{ project: ExchangeProject; report: RefiReport }> {
  const { now } = env;
  const projectId = env.newId();
  const tables = emptyTables();
  const warnings: RefiWarning[] = [];
  const unplaced: UnplacedSelection[] = [];
  const attachments: RefiAttachment[] = [];
  const sourceSummaries: RefiSourceSummary[] = [];
  const isCodebook = root.name === 'CodeBook';
  const row = (fields: BackupRow, created?: string, modified?: string): BackupRow => ({
    ...fields,
    projectId,
    createdAt: stamp(created, now),
    updatedAt: stamp(modified ?? created, now),
  });

  // Users → coders.
  const coderIds = new Map<string, string>();
  for (const user of childrenNamed(childNamed(root, 'Users'), 'User')) {
    const id = env.newId();
    coderIds.set(key(user.attrs.guid), id);
    const name = user.attrs.name?.trim() || `User ${key(user.attrs.guid).slice(0, 8)}`;
    tables.coders.push(row({ id, name, color: fallbackColour(tables.coders.length), kind: 'human', refiGuid: user.attrs.guid }));
  }
  const unknownUsers = new Set<string>();
  /** The coder for a user GUID: one made (and warned about) for a user the file does not list. */
  const coderFor = (guid: string | undefined): string => {
    const k = key(guid || root.attrs.creatingUserGUID || root.attrs.modifyingUserGUID);
    if (k === '') return fallbackCoder();
    let id = coderIds.get(k);
    if (!id) {
      id = env.newId();
      coderIds.set(k, id);
      unknownUsers.add(k);
      tables.coders.push(row({ id, name: `User ${k.slice(0, 8)}`, color: fallbackColour(tables.coders.length), kind: 'human', refiGuid: guid }));
    }
    return id;
  };
  let fallbackCoderId: string | null = null;
  const fallbackCoder = (): string => {
    if (fallbackCoderId) return fallbackCoderId;
    fallbackCoderId = tables.coders.length > 0 ? String(tables.coders[0]!.id) : env.newId();
    if (tables.coders.length === 0) tables.coders.push(row({ id: fallbackCoderId, name: 'Koder 1', color: fallbackColour(0), kind: 'human' }));
    return fallbackCoderId;
  };

  // The code tree, depth first with an explicit stack (parents before children, order kept).
  const codeIds = new Map<string, string>();
  const codeNames = new Map<string, string>();
  const codesRoot = childNamed(childNamed(root, 'CodeBook'), 'Codes') ?? childNamed(root, 'Codes');
  const pending: { element: XmlElement; parentId: string | null; order: number }[] = childrenNamed(codesRoot, 'Code')
    .map((element, order) => ({ element, parentId: null, order }))
    .reverse();
  while (pending.length > 0) {
    const { element, parentId, order } = pending.pop()!;
    const id = env.newId();
    codeIds.set(key(element.attrs.guid), id);
    codeNames.set(id, element.attrs.name ?? '');
    tables.codes.push(
      row({
        id,
        parentId,
        order,
        name: element.attrs.name?.trim() || '(uten navn)',
        shortName: '',
        color: colourOf(element.attrs.color) ?? fallbackColour(tables.codes.length),
        definition: descriptionOf(element),
        inclusion: '',
        exclusion: '',
        typicalExample: '',
        atypicalExample: '',
        pinned: false,
        refiGuid: element.attrs.guid,
        ...(element.attrs.isCodable === 'false' ? { refiCodable: false } : {}),
      }),
    );
    const children = childrenNamed(element, 'Code');
    for (let i = children.length - 1; i >= 0; i--) pending.push({ element: children[i]!, parentId: id, order: i });
  }

  const counts: RefiCounts = {
    users: childrenNamed(childNamed(root, 'Users'), 'User').length,
    codes: tables.codes.length,
    sources: 0,
    selections: 0,
    codings: 0,
    notes: 0,
    cases: 0,
    variables: 0,
    sets: 0,
    placedCodings: 0,
  };

  if (isCodebook) {
    const project = row({
      id: projectId,
      name: file.replace(/\.[^.]+$/, ''),
      description: '',
      settings: { ...defaultProjectSettings, method: 'open' },
      lastOpenedAt: null,
      deletedAt: null,
      isDemo: false,
    });
    return {
      project: { project, tables },
      report: { format: 'qdc', origin: root.attrs.origin ?? '', counts, sources: [], warnings, unplaced, attachments },
    };
  }

  const unknownCodes = new Map<string, number>();
  /** Codings of a selection or source as rows; unknown codes are counted for the report. */
  const codingsOf = (
    carrier: XmlElement,
    sourceId: string,
    span: { start: number; end: number },
    selectionUser: string | undefined,
  ): BackupRow[] =>
    childrenNamed(carrier, 'Coding').flatMap((coding) => {
      const ref = childNamed(coding, 'CodeRef')!.attrs.targetGUID;
      const codeId = codeIds.get(key(ref));
      if (!codeId) {
        unknownCodes.set(ref ?? '', (unknownCodes.get(ref ?? '') ?? 0) + 1);
        return [];
      }
      const coderId = coderFor(coding.attrs.creatingUser || selectionUser);
      return [
        row(
          { id: env.newId(), sourceId, codeId, coderId, authorId: coderId, start: span.start, end: span.end, refiGuid: coding.attrs.guid },
          coding.attrs.creationDateTime,
          coding.attrs.modifiedDateTime,
        ),
      ];
    });
  const codeNamesOf = (carrier: XmlElement) =>
    childrenNamed(carrier, 'Coding').map((c) => {
      const id = codeIds.get(key(childNamed(c, 'CodeRef')?.attrs.targetGUID));
      return id ? (codeNames.get(id) ?? '') : `? ${childNamed(c, 'CodeRef')?.attrs.targetGUID ?? ''}`;
    });

  const pendingMemos: PendingMemo[] = [];

  // Where notes attach: filled while sources and codes are read, used when notes are read.
  const noteTargets = new Map<string, MemoTarget[]>();
  const addNoteRefs = (element: XmlElement, target: MemoTarget | null) => {
    if (!target) return;
    for (const ref of childrenNamed(element, 'NoteRef')) {
      const k = key(ref.attrs.targetGUID);
      noteTargets.set(k, [...(noteTargets.get(k) ?? []), target]);
    }
  };
  addNoteRefs(root, { kind: 'project', id: projectId });
  for (const code of descendants(codesRoot, new Set(['Code']))) addNoteRefs(code, { kind: 'code', id: codeIds.get(key(code.attrs.guid))! });

  const sourceIds = new Map<string, string>();
  const sourceTitles = new Map<string, string>();
  const sourceRows = new Map<string, BackupRow>();
  let order = 0;

  /** The text of a TextSource, Representation or Transcript: inline, or its internal:// file. */
  async function textOf(element: XmlElement, title: string): Promise<{ text: string; bytes: Uint8Array | null; encoding: string; path: string } | null> {
    const inline = inlineText(element);
    const path = element.attrs.plainTextPath ?? '';
    if (path === '') {
      if (inline !== null) return { text: inline, bytes: null, encoding: 'UTF-8', path: '' };
      warnings.push({ code: 'source-no-plain-text', params: { source: title } });
      return null;
    }
    if (!/^internal:\/\//i.test(path)) {
      if (inline !== null) return { text: inline, bytes: null, encoding: 'UTF-8', path };
      warnings.push({ code: 'source-external', params: { source: title, path } });
      return null;
    }
    const entry = archive?.entryFor(path) ?? null;
    if (entry === null) {
      if (inline !== null) return { text: inline, bytes: null, encoding: 'UTF-8', path };
      warnings.push({ code: 'source-file-missing', params: { source: title, path } });
      return null;
    }
    const bytes = archive!.read(entry);
    try {
      const decoded = decodeText(entry, bytes, { decode: env.decode, sha256: env.sha256 });
      for (const w of decoded.warnings) {
        if (w.code === 'encoding-guessed') warnings.push({ code: 'source-encoding-guessed', params: { source: title, encoding: decoded.encoding.encoding } });
        if (w.code === 'invalid-utf8') warnings.push({ code: 'source-invalid-utf8', params: { source: title, count: w.params.count ?? 0 } });
      }
      return { text: decoded.text, bytes, encoding: decoded.encoding.bom ? `${decoded.encoding.encoding} (BOM)` : decoded.encoding.encoding, path };
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      warnings.push({ code: 'source-unreadable', params: { source: title, detail: error.message } });
      return null;
    }
  }

  /** One text carrier as a source with its text, codings and the report's lines. */
  /**
   * One text carrier as a source with its text, codings and the report's lines. Returns the
   * stored text's length, null when the text is not in the file. Only a TextSource gets its own
   * line in the report's sources; a PDF's or recording's text counts on that source's line.
   */
  async function readTextCarrier({ element, title }: TextCarrier, attributesFrom: XmlElement): Promise<number | null> {
    const summarise = element === attributesFrom;
    const selections = childrenNamed(element, 'PlainTextSelection');
    counts.selections += selections.length;
    counts.codings += selections.reduce((n, s) => n + childrenNamed(s, 'Coding').length, 0) + childrenNamed(element, 'Coding').length;
    const read = await textOf(element, title);
    if (!read) {
      for (const s of selections)
        unplaced.push({
          source: title,
          selectionGuid: s.attrs.guid ?? '',
          start: Number(s.attrs.startPosition),
          end: Number(s.attrs.endPosition),
          reason: 'source-missing',
          text: s.attrs.name ?? '',
          codes: codeNamesOf(s),
        });
      if (summarise) sourceSummaries.push({ title, kind: 'text', characters: null, reading: null });
      return null;
    }
    const fileSelections: FileSelection[] = selections.map((s) => ({
      start: Number(s.attrs.startPosition),
      end: Number(s.attrs.endPosition),
      ...(s.attrs.name ? { quote: s.attrs.name } : {}),
    }));
    const placed = placeSelections(read.text, fileSelections);
    const id = env.newId();
    sourceIds.set(key(element.attrs.guid), id);
    sourceIds.set(key(attributesFrom.attrs.guid), id);
    sourceTitles.set(id, title);
    const source = row(
      {
        id,
        title,
        kind: 'text',
        origin: {
          fileName: read.path.replace(/^internal:\/\//i, '') || file,
          format: 'refi-qdpx',
          encoding: read.encoding,
          lineEndings: detectLineEndings(read.text),
          sha256: read.bytes ? await env.sha256(read.bytes) : '',
          sizeBytes: read.bytes?.length ?? 0,
          importedAt: now,
          anonymisation: [],
        },
        length: placed.text.length,
        preamble: null,
        attributes: {},
        order: order++,
        refiGuid: element.attrs.guid,
      },
      element.attrs.creationDateTime,
      element.attrs.modifiedDateTime,
    );
    tables.sources.push(source);
    sourceRows.set(id, source);
    tables.sourceTexts.push({ sourceId: id, projectId, text: placed.text });
    addNoteRefs(element, { kind: 'source', id });
    if (element !== attributesFrom) addNoteRefs(attributesFrom, { kind: 'source', id });
    const description = descriptionOf(element);
    if (description) pendingMemos.push({ title, text: description, target: { kind: 'source', id }, user: element.attrs.creatingUser, created: element.attrs.creationDateTime });
    // A Coding directly on the source codes all of it.
    const whole = codingsOf(element, id, { start: 0, end: placed.text.length }, element.attrs.creatingUser);
    tables.codings.push(...whole);
    selections.forEach((s, i) => {
      const placement = placed.placements[i]!;
      if (!placement.ok) {
        const { start, end } = fileSelections[i]!;
        unplaced.push({
          source: title,
          selectionGuid: s.attrs.guid ?? '',
          start,
          end,
          reason: placement.reason,
          text: s.attrs.name || read.text.slice(Math.max(0, start), Math.max(0, Math.min(end, read.text.length))),
          codes: codeNamesOf(s),
        });
        return;
      }
      const codings = codingsOf(s, id, placement, s.attrs.creatingUser);
      tables.codings.push(...codings);
      const target = codings[0] ? { kind: 'coding' as const, id: String(codings[0].id) } : { kind: 'source' as const, id };
      addNoteRefs(s, target);
      for (const c of childrenNamed(s, 'Coding')) {
        const made = codings.find((row) => row.refiGuid === c.attrs.guid);
        if (made) addNoteRefs(c, { kind: 'coding', id: String(made.id) });
      }
      const note = descriptionOf(s);
      if (note) pendingMemos.push({ title: s.attrs.name ?? '', text: note, target, user: s.attrs.creatingUser, created: s.attrs.creationDateTime });
    });
    if (summarise) sourceSummaries.push({ title, kind: 'text', characters: placed.text.length, reading: selections.length > 0 ? placed.reading : null });
    return placed.text.length;
  }

  const projectDescription = descriptionOf(root);

  const pendingAttachments: RefiAttachment[] = [];
  const sources = childNamed(root, 'Sources')?.children ?? [];
  counts.sources = sources.length;
  for (const element of sources) {
    const title = element.attrs.name?.trim() || element.attrs.guid || 'Kilde';
    if (element.name === 'TextSource') {
      await readTextCarrier({ element, title }, element);
      continue;
    }
    const kind = mediaKinds[element.name];
    if (!kind) continue;
    const path = element.attrs.path ?? '';
    const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
    const selections = descendants(element, selectionKinds);
    counts.codings += descendants(element, new Set(['Coding'])).length;
    const attachment: RefiAttachment = {
      name: title,
      kind,
      mediaType: mediaTypes[extension] ?? 'application/octet-stream',
      refiGuid: element.attrs.guid ?? '',
      path,
      present: /^internal:\/\//i.test(path) && archive?.entryFor(path) != null,
      stored: false,
      selections: selections.map((s) => ({
        guid: s.attrs.guid ?? '',
        kind: s.name,
        position: Object.fromEntries(
          ['page', 'firstX', 'firstY', 'secondX', 'secondY', 'begin', 'end']
            .filter((a) => s.attrs[a] !== undefined)
            .map((a) => [a, Number(s.attrs[a])]),
        ),
        codes: codeNamesOf(s),
      })),
    };
    attachments.push(attachment);
    if (options.keepAttachments) pendingAttachments.push(attachment);
    const summary: RefiSourceSummary = { title, kind, characters: null, reading: null };
    sourceSummaries.push(summary);
    warnings.push({ code: 'source-not-text', params: { source: title, kind, selections: selections.length } });
    // Their text: a PDF's Representation, a recording's Transcripts (counted among the codings above).
    const carriers = [
      ...childrenNamed(element, 'Representation'),
      ...childrenNamed(element, 'Transcript'),
    ];
    for (const carrier of carriers) {
      counts.codings -= descendants(carrier, new Set(['Coding'])).length;
      const characters = await readTextCarrier({ element: carrier, title: carrier.attrs.name?.trim() || `${title} (tekst)` }, element);
      if (characters !== null) summary.characters = (summary.characters ?? 0) + characters;
    }
  }

  // Attachments last: their bytes count toward the zip guard's total, and must not crowd out a text.
  for (const attachment of pendingAttachments) {
    const entry = attachment.present ? archive!.entryFor(attachment.path) : null;
    let bytes: Uint8Array | null = null;
    if (entry !== null) {
      try {
        bytes = archive!.read(entry);
      } catch (error) {
        if (!(error instanceof RefiReadError)) throw error;
        warnings.push({ code: 'attachment-not-read', params: { source: attachment.name, detail: error.message } });
      }
    }
    attachment.stored = true;
    tables.attachments.push(
      row({
        id: env.newId(),
        name: attachment.name,
        kind: attachment.kind,
        mediaType: attachment.mediaType,
        bytes,
        sizeBytes: bytes?.length ?? 0,
        path: attachment.path,
        refiGuid: attachment.refiGuid,
        selections: attachment.selections,
      }),
    );
  }

  // Variables → attributes (the REFI type kept beside ours), cases → values on their sources.
  const variables = childrenNamed(childNamed(root, 'Variables'), 'Variable');
  counts.variables = variables.length;
  const attributeIds = new Map<string, { id: string; type: string }>();
  variables.forEach((v, i) => {
    const id = env.newId();
    const refiType = v.attrs.typeOfVariable ?? 'Text';
    attributeIds.set(key(v.attrs.guid), { id, type: refiType });
    const type = refiType === 'Integer' || refiType === 'Float' ? 'number' : refiType === 'Boolean' ? 'choice' : 'text';
    tables.attributes.push(
      row({ id, name: v.attrs.name ?? '', type, choices: type === 'choice' ? ['true', 'false'] : [], order: i, refiGuid: v.attrs.guid, refiType }),
    );
  });
  const valuesOf = (element: XmlElement): [string, string | number][] =>
    childrenNamed(element, 'VariableValue').flatMap((vv): [string, string | number][] => {
      const attribute = attributeIds.get(key(childNamed(vv, 'VariableRef')!.attrs.targetGUID));
      const value = vv.children.find((c) => c.name.endsWith('Value'));
      if (!attribute || !value) return [];
      const text = value.text.trim();
      if (value.name === 'IntegerValue' || value.name === 'FloatValue') {
        const n = Number(text);
        return Number.isFinite(n) ? [[attribute.id, n]] : [];
      }
      return [[attribute.id, text]];
    });
  const setValues = (sourceId: string, values: [string, string | number][]) => {
    const source = sourceRows.get(sourceId);
    if (!source) return;
    source.attributes = { ...(source.attributes as Record<string, unknown>), ...Object.fromEntries(values) };
  };
  for (const element of sources) {
    const id = sourceIds.get(key(element.attrs.guid));
    if (id) setValues(id, valuesOf(element));
  }
  const cases = childrenNamed(childNamed(root, 'Cases'), 'Case');
  counts.cases = cases.length;
  if (cases.length > 0) {
    const caseAttribute = env.newId();
    const caseNames = cases.map((c) => c.attrs.name?.trim() || key(c.attrs.guid).slice(0, 8));
    tables.attributes.push(row({ id: caseAttribute, name: 'Case', type: 'choice', choices: [...new Set(caseNames)], order: tables.attributes.length }));
    cases.forEach((c, i) => {
      const values = valuesOf(c);
      for (const ref of childrenNamed(c, 'SourceRef')) {
        const sourceId = sourceIds.get(key(ref.attrs.targetGUID));
        if (!sourceId) {
          if (!attachments.some((a) => key(a.refiGuid) === key(ref.attrs.targetGUID)))
            warnings.push({ code: 'unknown-source', params: { case: caseNames[i]!, source: ref.attrs.targetGUID ?? '' } });
          continue;
        }
        const existing = (sourceRows.get(sourceId)!.attributes as Record<string, unknown>)[caseAttribute];
        setValues(sourceId, [...values, [caseAttribute, existing ? `${String(existing)}, ${caseNames[i]}` : caseNames[i]!]]);
      }
    });
  }

  // Notes → memos on what their NoteRefs name (one per target), on the project when nothing names them.
  const notes = childrenNamed(childNamed(root, 'Notes'), 'Note');
  counts.notes = notes.length;
  const knownNotes = new Set<string>();
  for (const note of notes) {
    knownNotes.add(key(note.attrs.guid));
    const title = note.attrs.name?.trim() ?? '';
    const read = await textOf(note, title || 'Note');
    const text = (read?.text ?? descriptionOf(note)).replace(/\r\n?/g, '\n');
    const targets = noteTargets.get(key(note.attrs.guid)) ?? [{ kind: 'project' as const, id: projectId }];
    for (const target of targets)
      pendingMemos.push({ title, text, target, user: note.attrs.creatingUser, created: note.attrs.creationDateTime, guid: note.attrs.guid });
  }
  const unknownNotes = new Map<string, number>();
  for (const [k, targets] of noteTargets) if (!knownNotes.has(k)) unknownNotes.set(k, targets.length);

  // Sets → one project memo each, naming their codes and sources.
  const sets = childrenNamed(childNamed(root, 'Sets'), 'Set');
  counts.sets = sets.length;
  for (const set of sets) {
    const codes = childrenNamed(set, 'MemberCode').map((m) => codeNames.get(codeIds.get(key(m.attrs.targetGUID)) ?? '') ?? m.attrs.targetGUID);
    const members = childrenNamed(set, 'MemberSource').map(
      (m) => sourceTitles.get(sourceIds.get(key(m.attrs.targetGUID)) ?? '') ?? attachments.find((a) => key(a.refiGuid) === key(m.attrs.targetGUID))?.name ?? m.attrs.targetGUID,
    );
    const lines = [descriptionOf(set), codes.length ? `Codes: ${codes.join('; ')}` : '', members.length ? `Sources: ${members.join('; ')}` : ''].filter(Boolean);
    pendingMemos.push({ title: `Set: ${set.attrs.name ?? ''}`, text: lines.join('\n'), target: { kind: 'project', id: projectId }, guid: set.attrs.guid, fromSet: true });
  }
  if (sets.length > 0) warnings.push({ code: 'sets-as-memos', params: { count: sets.length } });

  for (const memo of pendingMemos) {
    const authorId = coderFor(memo.user);
    tables.memos.push(
      row(
        {
          id: env.newId(),
          targetKind: memo.target.kind,
          targetId: memo.target.id,
          authorId,
          title: memo.title,
          content: stateFromPlainText(memo.text),
          plainText: memo.text,
          ...(memo.guid ? { refiGuid: memo.guid } : {}),
          ...(memo.fromSet ? { refiSet: true } : {}),
        },
        memo.created,
      ),
    );
  }

  for (const [code, count] of unknownCodes) warnings.push({ code: 'unknown-code', params: { code, count } });
  for (const [note, count] of unknownNotes) warnings.push({ code: 'unknown-note', params: { note, count } });
  for (const user of unknownUsers) warnings.push({ code: 'unknown-user', params: { user } });
  if (unplaced.length > 0) warnings.push({ code: 'selections-unplaced', params: { count: unplaced.length } });
  counts.placedCodings = tables.codings.length;
  if (tables.coders.length === 0) fallbackCoder();

  const named = root.attrs.name?.trim() ?? '';
  const project = row(
    {
      id: projectId,
      name: named && named !== 'Untitled' ? named : file.replace(/\.[^.]+$/, ''),
      description: projectDescription,
      settings: { ...defaultProjectSettings, method: 'open' },
      lastOpenedAt: null,
      deletedAt: null,
      isDemo: false,
    },
    root.attrs.creationDateTime,
    root.attrs.modifiedDateTime,
  );
  return {
    project: { project, tables },
    report: { format: 'qdpx', origin: root.attrs.origin ?? '', counts, sources: sourceSummaries, warnings, unplaced, attachments },
  };
}
