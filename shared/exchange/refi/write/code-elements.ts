import { buildCodeTree, type CodeNode } from '../../../codebook/tree';
import type { Code } from '../../../model';
import { refiGuidOf } from '../guid';
import type { WithGuid } from './project-view';
import type { XmlWriter } from './xml';

const rgb = /^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$/;

/** A colour the schema accepts (`#rrggbb` or `#rgb`), or nothing: another tool's default is better than an invalid file. */
export function refiColour(colour: unknown): string | undefined {
  if (typeof colour !== 'string') return undefined;
  const trimmed = colour.trim();
  return rgb.test(trimmed) ? trimmed : undefined;
}

/**
 * A code's REFI Description: its definition, then the coding criteria as labelled paragraphs.
 * REFI has one free-text field; other tools show it as the code's description. The criteria also
 * go field by field into the Kodebok extension, so a Kodebok import gets them back as they were.
 */
export function codeDescription(code: Code): string {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const parts = [str(code.definition)];
  const labelled: [string, string][] = [
    ['Include', code.inclusion],
    ['Exclude', code.exclusion],
    ['Typical example', code.typicalExample],
    ['Atypical example', code.atypicalExample],
  ];
  for (const [label, value] of labelled) if (str(value) !== '') parts.push(`${label}: ${str(value)}`);
  return parts.filter((p) => p !== '').join('\n\n');
}

/**
 * Writes the code tree as nested `Code` elements (guid, name, isCodable, colour, Description, and
 * in a project the `NoteRef`s of the code's memos). Every code is codable: Kodebok lets any code,
 * parents included, carry codings.
 */
export function writeCodes(xml: XmlWriter, codes: WithGuid<Code>[], noteRefs?: (code: Code) => string[]): void {
  const write = (node: CodeNode) => {
    const { code } = node;
    xml.open('Code', { guid: refiGuidOf(code), name: code.name, isCodable: true, color: refiColour(code.color) });
    const description = codeDescription(code);
    if (description !== '') xml.text('Description', description);
    for (const target of noteRefs?.(code) ?? []) xml.empty('NoteRef', { targetGUID: target });
    for (const child of node.children) write(child);
    xml.close('Code');
  };
  xml.open('Codes');
  for (const root of buildCodeTree(codes)) write(root);
  xml.close('Codes');
}
