/**
 * project.qde / a .qdc as a small element tree, read with saxen (the SAX parser the xlsx reader
 * uses). saxen never expands DTD entities, and a document that declares a DOCTYPE or an ENTITY
 * is refused before it parses (RefiReadError 'refi-doctype'): that is where external entities
 * (reading other files) and "billion laughs" (entities that expand to gigabytes) live, and REFI
 * files never have one. Element names lose their namespace prefix; text and attribute values get
 * XML's own line-end and whitespace normalisation and their character references decoded.
 */
import { Parser } from 'saxen';
import { RefiReadError } from './errors';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), CDATA included. */
  text: string;
}

/** Longest attribute value read: a code name or quote is far shorter; more is a file made to hurt. */
export const maxAttributeLength = 1_000_000;
/** Deepest element nesting read: a code tree 4 levels deep is common, 1,000 is not a codebook. */
export const maxDepth = 1_000;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function decodeReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (whole, dec, hex, named) => {
    if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** XML 1.0 §2.11: CRLF and a lone CR reach the application as LF (a &#13; stays a CR). */
const textValue = (raw: string) => decodeReferences(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
/** XML 1.0 §3.3.3: literal tabs and line ends in an attribute value read as spaces. */
const attributeValue = (raw: string) => decodeReferences(raw.replace(/\r\n|[\t\n\r]/g, ' '));

export function parseXmlTree(xml: string, file: string, part: string): XmlElement {
  const root: XmlElement = { name: '', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const parser = new Parser();
  parser.on('openTag', (name, attrs, _decode, selfClosing) => {
    const element: XmlElement = { name: localName(name), attrs: {}, children: [], text: '' };
    for (const [key, value] of Object.entries(attrs())) {
      if (value.length > maxAttributeLength)
        throw new RefiReadError('refi-attribute-too-long', { file, element: element.name, attribute: localName(key), length: value.length });
      element.attrs[localName(key)] = attributeValue(value);
    }
    stack[stack.length - 1]!.children.push(element);
    if (selfClosing) return;
    if (stack.length > maxDepth) throw new RefiReadError('refi-too-deep', { file, part, limit: maxDepth });
    stack.push(element);
  });
  parser.on('closeTag', (_name, _decode, selfClosing) => {
    if (!selfClosing) stack.pop();
  });
  parser.on('text', (value) => {
    if (stack.length > 1) stack[stack.length - 1]!.text += textValue(value);
  });
  parser.on('cdata', (value) => {
    if (stack.length > 1) stack[stack.length - 1]!.text += value;
  });
  parser.on('error', (error) => {
    throw new RefiReadError('refi-xml-malformed', { file, part, detail: error.message });
  });
  parser.parse(xml);
  const top = root.children[0];
  if (stack.length !== 1 || !top) throw new RefiReadError('refi-xml-malformed', { file, part, detail: 'the document ends before its last element is closed' });
  return top;
}

/** The children named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}
