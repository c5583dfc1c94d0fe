import type { Attribute, AttributeValue, Memo, Source } from '../../../model';
import type { ExchangeProject } from '../../exchange-project';
import { refiGuidOf } from '../guid';
import { writeCodes } from './code-elements';
import { exportView, type ExportView } from './project-view';
import { XmlWriter } from './xml';

export const projectNamespace = 'urn:QDA-XML:project:1.0';

/** A source's text as the .qdpx carries it: `sources/<guid>.txt`, UTF-8 without BOM, LF line endings. */
export interface SourceFile {
  sourceId: string;
  guid: string;
  /** Path inside the zip. */
  path: string;
  text: string;
}

export interface QdeResult {
  xml: string;
  sourceFiles: SourceFile[];
  /** Codings left out because their offsets do not fit their source's text or their code or source is missing. */
  skippedCodings: string[];
}

const dateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?$/;

/** An xsd:dateTime, or nothing (an empty or odd stamp is left out, not written invalid). */
function stamp(value: unknown): string | undefined {
  return typeof value === 'string' && dateTime.test(value) ? value : undefined;
}

/** An xsd:decimal: plain digits, never an exponent. */
function decimal(n: number): string {
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

type VariableKind = 'Text' | 'Integer' | 'Float';

/** Number attributes whose values are all whole numbers are Integer, other numbers Float; the rest Text. */
function variableKinds(view: ExportView): Map<string, VariableKind> {
  const kinds = new Map<string, VariableKind>();
  for (const attribute of view.attributes) {
    if (attribute.type !== 'number') {
      kinds.set(attribute.id, 'Text');
      continue;
    }
    const values = view.sources.map((s) => s.attributes?.[attribute.id]).filter((v) => typeof v === 'number');
    kinds.set(attribute.id, values.every((v) => Number.isInteger(v)) ? 'Integer' : 'Float');
  }
  return kinds;
}

function writeValue(xml: XmlWriter, attribute: Attribute, kind: VariableKind, value: AttributeValue | undefined): void {
  if (value === null || value === undefined || value === '') return;
  if (kind !== 'Text' && (typeof value !== 'number' || !Number.isFinite(value))) return;
  xml.open('VariableValue');
  xml.empty('VariableRef', { targetGUID: refiGuidOf(attribute) });
  if (kind === 'Text') xml.text('TextValue', String(value));
  else xml.text(kind === 'Integer' ? 'IntegerValue' : 'FloatValue', decimal(value as number));
  xml.close('VariableValue');
}

/**
 * The project as a REFI-QDA Project document (Project-mrt2019.xsd) and the source files it names.
 *
 * - Users: the coders, plus any coder or author id a row names that has no coder row (by id).
 * - CodeBook: the code tree with colours and descriptions (code-elements.ts).
 * - Variables and Cases: each attribute is a Variable; each source with attribute values is a Case
 *   (named like the source, pointing at it) holding those values.
 * - Sources: each source a TextSource whose text is in `sources/<guid>.txt` (`internal://<guid>.txt`),
 *   UTF-8 without BOM, LF line endings: exactly the text Kodebok codes, so positions are our own
 *   offsets, UTF-16 code units, end exclusive (as NVivo counts). Each coding is one
 *   PlainTextSelection with one Coding (as NVivo writes them), named with the passage it covers.
 * - Notes: memos, by PlainTextContent, referred to from the project, source, code or coding they are about.
 * - Sets: thematic-analysis themes as sets of their codes.
 * What REFI cannot hold goes into the Kodebok extension (kodebok-extension.ts).
 */
export function writeQde(project: ExchangeProject, origin: string): QdeResult {
  const view = exportView(project);
  const xml = new XmlWriter();

  // Users: coders first; ids named by rows but without a coder row get a user of that name.
  const userGuids = new Map<string, string>();
  const users: { guid: string; name: string }[] = [];
  for (const coder of view.coders) {
    const guid = refiGuidOf(coder);
    userGuids.set(coder.id, guid);
    users.push({ guid, name: coder.name });
  }
  const userOf = (id: unknown): string | undefined => {
    if (typeof id !== 'string' || id === '') return undefined;
    let guid = userGuids.get(id);
    if (!guid) {
      guid = refiGuidOf({ id });
      userGuids.set(id, guid);
      users.push({ guid, name: id });
    }
    return guid;
  };

  const codeIds = new Map(view.codes.map((c) => [c.id, refiGuidOf(c)]));
  const sourceIds = new Set(view.sources.map((s) => s.id));
  const skippedCodings: string[] = [];
  const codingsBySource = new Map<string, typeof view.codings>();
  for (const coding of view.codings) {
    const text = view.texts.get(coding.sourceId);
    const fits = text !== undefined && coding.start >= 0 && coding.start <= coding.end && coding.end <= text.length;
    if (!fits || !codeIds.has(coding.codeId) || !sourceIds.has(coding.sourceId)) {
      skippedCodings.push(coding.id);
      continue;
    }
    const list = codingsBySource.get(coding.sourceId);
    if (list) list.push(coding);
    else codingsBySource.set(coding.sourceId, [coding]);
  }
  // Resolve every user before writing Users (codings and memos may name coders without a row).
  for (const list of codingsBySource.values()) for (const c of list) userOf(c.coderId || c.authorId);
  for (const memo of view.memos) userOf(memo.authorId);

  const memoGuid = (memo: Memo) => refiGuidOf(memo);
  const notesOn = new Map<string, string[]>();
  for (const memo of view.memos) {
    const key = `${memo.targetKind}:${memo.targetId}`;
    const list = notesOn.get(key);
    if (list) list.push(memoGuid(memo));
    else notesOn.set(key, [memoGuid(memo)]);
  }
  const noteRefs = (kind: Memo['targetKind'], id: string) => notesOn.get(`${kind}:${id}`) ?? [];

  xml.open('Project', {
    name: view.name || 'Kodebok',
    origin,
    creationDateTime: stamp(view.createdAt),
    modifiedDateTime: stamp(view.updatedAt),
  }, ` xmlns="${projectNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`);

  if (users.length > 0) {
    xml.open('Users');
    for (const user of users) xml.empty('User', { guid: user.guid, name: user.name });
    xml.close('Users');
  }

  if (view.codes.length > 0) {
    xml.open('CodeBook');
    writeCodes(xml, view.codes, (code) => noteRefs('code', code.id));
    xml.close('CodeBook');
  }

  const kinds = variableKinds(view);
  if (view.attributes.length > 0) {
    xml.open('Variables');
    for (const attribute of view.attributes)
      xml.empty('Variable', { guid: refiGuidOf(attribute), name: attribute.name, typeOfVariable: kinds.get(attribute.id) });
    xml.close('Variables');
    const cases = view.sources.filter((s) => view.attributes.some((a) => hasValue(s, a)));
    if (cases.length > 0) {
      xml.open('Cases');
      for (const source of cases) {
        xml.open('Case', { guid: refiGuidOf(source, 'case'), name: source.title });
        for (const attribute of view.attributes) writeValue(xml, attribute, kinds.get(attribute.id)!, source.attributes?.[attribute.id]);
        xml.empty('SourceRef', { targetGUID: refiGuidOf(source) });
        xml.close('Case');
      }
      xml.close('Cases');
    }
  }

  const sourceFiles: SourceFile[] = [];
  if (view.sources.length > 0) {
    xml.open('Sources');
    for (const source of view.sources) {
      const guid = refiGuidOf(source);
      const text = view.texts.get(source.id) ?? '';
      sourceFiles.push({ sourceId: source.id, guid, path: `sources/${guid}.txt`, text });
      xml.open('TextSource', {
        guid,
        name: source.title,
        plainTextPath: `internal://${guid}.txt`,
        creationDateTime: stamp(source.createdAt),
        modifiedDateTime: stamp(source.updatedAt),
      });
      const codings = [...(codingsBySource.get(source.id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
      for (const coding of codings) {
        const user = userOf(coding.coderId || coding.authorId);
        xml.open('PlainTextSelection', {
          guid: refiGuidOf(coding, 'selection'),
          name: text.slice(coding.start, coding.end),
          startPosition: coding.start,
          endPosition: coding.end,
          creatingUser: user,
          creationDateTime: stamp(coding.createdAt),
        });
        xml.open('Coding', { guid: refiGuidOf(coding), creatingUser: user, creationDateTime: stamp(coding.createdAt) });
        xml.empty('CodeRef', { targetGUID: codeIds.get(coding.codeId) });
        for (const note of noteRefs('coding', coding.id)) xml.empty('NoteRef', { targetGUID: note });
        xml.close('Coding');
        xml.close('PlainTextSelection');
      }
      for (const note of noteRefs('source', source.id)) xml.empty('NoteRef', { targetGUID: note });
      xml.close('TextSource');
    }
    xml.close('Sources');
  }

  if (view.memos.length > 0) {
    xml.open('Notes');
    for (const memo of view.memos) {
      xml.open('Note', {
        guid: memoGuid(memo),
        name: memo.title || undefined,
        creatingUser: userOf(memo.authorId),
        creationDateTime: stamp(memo.createdAt),
        modifiedDateTime: stamp(memo.updatedAt),
      });
      xml.text('PlainTextContent', memo.plainText ?? '');
      xml.close('Note');
    }
    xml.close('Notes');
  }

  const themes = view.themes.filter((theme) => typeof theme.name === 'string');
  if (themes.length > 0) {
    xml.open('Sets');
    for (const theme of themes) {
      xml.open('Set', { guid: refiGuidOf(theme), name: theme.name });
      if (theme.definition) xml.text('Description', theme.definition);
      for (const link of view.themeCodes)
        if (link.themeId === theme.id && codeIds.has(link.codeId)) xml.empty('MemberCode', { targetGUID: codeIds.get(link.codeId) });
      xml.close('Set');
    }
    xml.close('Sets');
  }

  if (view.description.trim() !== '') xml.text('Description', view.description);
  for (const note of noteRefs('project', String(project.project.id ?? ''))) xml.empty('NoteRef', { targetGUID: note });
  xml.close('Project');
  return { xml: xml.toString(), sourceFiles, skippedCodings };
}

function hasValue(source: Source, attribute: Attribute): boolean {
  const value = source.attributes?.[attribute.id];
  return value !== null && value !== undefined && value !== '';
}
