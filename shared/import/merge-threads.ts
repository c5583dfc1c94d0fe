import type { ImportedSource } from './result';

/** Separator between merged threads in the combined text: a blank line, like between messages. */
const joiner = '\n\n';

/**
 * Undoes a thread split: several parsed threads become one source whose text is the threads'
 * texts joined by a blank line, with every message offset shifted so slices still hold.
 */
export function mergeThreads(sources: readonly ImportedSource[], title: string): ImportedSource {
  if (sources.length === 0) throw new RangeError('Nothing to merge.');
  let text = '';
  const messages: ImportedSource['messages'] = [];
  const attributes: Record<string, string> = {};
  for (const source of sources) {
    const shift = text.length === 0 ? 0 : text.length + joiner.length;
    text = text.length === 0 ? source.text : text + joiner + source.text;
    for (const m of source.messages) messages.push({ ...m, start: m.start + shift, end: m.end + shift });
    Object.assign(attributes, source.attributes);
  }
  return { title, kind: sources[0]!.kind, text, messages, attributes };
}
