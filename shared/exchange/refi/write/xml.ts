/**
 * Building REFI XML safely: every name we write is a fixed REFI element or attribute name, so only
 * values need care. Text is escaped (`&`, `<`, `>`; in attributes also quotes and the whitespace an
 * XML parser would otherwise fold into spaces), and characters XML 1.0 cannot carry at all — control
 * characters other than tab, LF and CR, lone surrogates, U+FFFE/U+FFFF — become U+FFFD, so the file
 * always parses. Sources keep their text in sources/*.txt, not in the XML, so no offset depends on this.
 */

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML cannot hold replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(notXmlChar, '\uFFFD');
}

/** Element content. `>` is escaped too, so "]]>" cannot end anything; CR as a reference, or a parser turns CRLF into LF. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; tab, LF and CR as references so they survive normalisation. */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

/** ` name="value"` for every attribute with a value, in the order given (null/undefined left out). */
export function attributes(attrs: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/**
 * A small XML writer: elements are opened and closed in order, indented by depth. Children are
 * appended to one array of pieces, joined once at the end (a large project has tens of thousands).
 */
export class XmlWriter {
  private readonly pieces: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  private depth = 0;

  private indent(): string {
    return '  '.repeat(this.depth);
  }

  open(name: string, attrs: XmlAttributes = {}, extra = ''): void {
    this.pieces.push(`${this.indent()}<${name}${extra}${attributes(attrs)}>\n`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.pieces.push(`${this.indent()}</${name}>\n`);
  }

  empty(name: string, attrs: XmlAttributes = {}): void {
    this.pieces.push(`${this.indent()}<${name}${attributes(attrs)}/>\n`);
  }

  /** An element holding only text (a Description, a PlainTextContent). */
  text(name: string, content: string): void {
    this.pieces.push(`${this.indent()}<${name}>${escapeText(content)}</${name}>\n`);
  }

  toString(): string {
    return this.pieces.join('');
  }
}
