import type { ImportedMessage, ImportedPreamble, ImportedSource } from './result';

/** Separator between merged threads in the combined text: a blank line, like between messages. */
const joiner = '\n\n';

/**
 * Undoes a thread split: several parsed threads become one source whose text is the threads'
 * texts joined by a blank line, with every message offset shifted so slices still hold. The first
 * thread's preamble stays the source's preamble; a later thread's header sits between turns, so
 * it becomes a message without a speaker there (as it was before preambles were kept), not
 * hidden text.
 */
export function mergeThreads(sources: readonly ImportedSource[], title: string): ImportedSource {
  if (sources.length === 0) throw new RangeError('Nothing to merge.');
  let text = '';
  const messages: ImportedMessage[] = [];
  const attributes: Record<string, string> = {};
  let preamble: ImportedPreamble | null = null;
  for (const [index, source] of sources.entries()) {
    const shift = text.length === 0 ? 0 : text.length + joiner.length;
    text = text.length === 0 ? source.text : text + joiner + source.text;
    const header = source.preamble;
    if (header && index === 0) preamble = header;
    else if (header) messages.push(headerMessage(header, shift));
    for (const m of source.messages) messages.push({ ...m, start: m.start + shift, end: m.end + shift });
    Object.assign(attributes, source.attributes);
  }
  return { title, kind: sources[0]!.kind, text, messages, preamble, attributes };
}

function headerMessage(header: ImportedPreamble, shift: number): ImportedMessage {
  return {
    speaker: '',
    role: 'unknown',
    delay: null,
    timestamp: null,
    timestampEnd: null,
    start: header.start + shift,
    end: header.end + shift,
    line: header.line,
  };
}
