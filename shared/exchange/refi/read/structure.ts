/**
 * The structure the REFI-QDA schemas (Project-mrt2019.xsd, Codebook-mrt2019.xsd) require of the
 * elements Kodebok reads: their required attributes, required children, and integer positions.
 * A small hand-written check at runtime, so a file that lacks what the reader relies on is refused
 * with the place named instead of half read; the tests validate the real files against the XSDs
 * themselves (xmllint-wasm, test-only).
 */
import { RefiReadError } from './errors';
import type { XmlElement } from './xml-tree';

const guid = ['guid'];
const target = ['targetGUID'];
const box = ['guid', 'firstX', 'firstY', 'secondX', 'secondY'];

/** Required attributes by element, as the XSDs have them (MemberCode differs between the two). */
const projectAttributes: Record<string, string[]> = {
  Project: ['name'],
  User: guid,
  Code: ['guid', 'name', 'isCodable'],
  Case: guid,
  Variable: ['guid', 'name', 'typeOfVariable'],
  Set: ['guid', 'name'],
  TextSource: guid,
  PictureSource: guid,
  PDFSource: guid,
  AudioSource: guid,
  VideoSource: guid,
  Note: guid,
  PlainTextSelection: ['guid', 'startPosition', 'endPosition'],
  PictureSelection: box,
  PDFSelection: [...box, 'page'],
  AudioSelection: ['guid', 'begin', 'end'],
  VideoSelection: ['guid', 'begin', 'end'],
  Transcript: guid,
  TranscriptSelection: guid,
  SyncPoint: guid,
  Coding: guid,
  CodeRef: target,
  NoteRef: target,
  SourceRef: target,
  SelectionRef: target,
  VariableRef: target,
  MemberCode: target,
  MemberSource: target,
  MemberNote: target,
};

const codebookAttributes: Record<string, string[]> = {
  Code: ['guid', 'name', 'isCodable'],
  Set: ['guid', 'name'],
  MemberCode: guid,
};

/** Required children by element (the XSD's elements without minOccurs="0"). */
const requiredChildren: Record<string, string> = {
  CodeBook: 'Codes',
  Codes: 'Code',
  Users: 'User',
  Coding: 'CodeRef',
  VariableValue: 'VariableRef',
};

const integerAttributes = new Set(['startPosition', 'endPosition', 'begin', 'end', 'page', 'firstX', 'firstY', 'secondX', 'secondY']);

/** Where an element is, for the message: "Project › Sources › TextSource 3 "Intervju 2"". */
function describe(path: readonly string[]): string {
  return path.join(' › ');
}

export function checkStructure(root: XmlElement, kind: 'project' | 'codebook', file: string): void {
  const required = kind === 'project' ? projectAttributes : codebookAttributes;
  // An explicit stack, not recursion: a hostile file's nesting must not reach the call stack.
  const stack: { element: XmlElement; path: string[] }[] = [{ element: root, path: [root.name] }];
  while (stack.length > 0) {
    const { element, path } = stack.pop()!;
    for (const attribute of required[element.name] ?? []) {
      const value = element.attrs[attribute];
      if (value === undefined) throw new RefiReadError('refi-structure', { file, path: describe(path), missing: `${attribute} attribute` });
      if (integerAttributes.has(attribute) && !/^\s*[+-]?\d+\s*$/.test(value))
        throw new RefiReadError('refi-structure', { file, path: describe(path), missing: `whole number in its ${attribute} attribute (it has "${value.slice(0, 40)}")` });
    }
    const child = requiredChildren[element.name];
    if (child && !element.children.some((c) => c.name === child))
      throw new RefiReadError('refi-structure', { file, path: describe(path), missing: `<${child}> element` });
    const seen = new Map<string, number>();
    for (const c of element.children) {
      const n = (seen.get(c.name) ?? 0) + 1;
      seen.set(c.name, n);
      const name = c.attrs.name ? ` "${c.attrs.name.slice(0, 60)}"` : '';
      stack.push({ element: c, path: [...path, `${c.name} ${n}${name}`] });
    }
  }
}
