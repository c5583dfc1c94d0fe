import fc from 'fast-check';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupTables, type BackupTables } from '../../../shared/backup/format';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { writeQdpx } from '../../../shared/exchange/refi/write/qdpx';
import { xmlSafe } from '../../../shared/exchange/refi/write/xml';
import { latestSchemaVersion } from '../../../shared/migrations';
import { readWrittenQdpx } from './read-written-qde';
import { refiSchemaErrors } from './xsd-validate';

const options = { origin: 'Kodebok', schemaVersion: latestSchemaVersion, appVersion: '0.1.0' };
const stamp = '2026-01-01T00:00:00Z';

/** Any UTF-16 text: astral characters, combining marks, controls, CR, LF and lone surrogates. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', 'æ', 'Å', '\u0301', '😀', '👋🏽', '\r', '\n', '\t', '\u0000', '\uD800', '\uDC00', '&', '<', '"', ']]>'), maxLength: 40 }),
);

function project(text: string, name: string, note: string, ranges: [number, number][]): ExchangeProject {
  const projectId = 'p';
  const tables = Object.fromEntries(backupTables.map((t) => [t, []])) as unknown as BackupTables;
  tables.sources.push({ id: 's', projectId, title: name, kind: 'text', length: text.length, attributes: {}, order: 0, createdAt: stamp, updatedAt: stamp });
  tables.sourceTexts.push({ sourceId: 's', projectId, text });
  tables.codes.push({ id: 'c', projectId, parentId: null, order: 0, name, color: '#abcdef', definition: note });
  tables.coders.push({ id: 'u', projectId, name });
  tables.memos.push({ id: 'm', projectId, targetKind: 'code', targetId: 'c', authorId: 'u', title: name, plainText: note, content: '' });
  ranges.forEach(([a, b], i) => {
    tables.codings.push({ id: `k${i}`, projectId, sourceId: 's', codeId: 'c', coderId: 'u', authorId: 'u', start: Math.min(a, b), end: Math.max(a, b) });
  });
  return { project: { id: projectId, name: name || 'x' }, tables };
}

describe('.qdpx export of any text', () => {
  it('always gives a valid project.qde whose names, notes and passages read back as written (XML-safe) at our own offsets', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText,
        anyText,
        anyText,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        async (text, name, note, raw) => {
          const ranges = raw.map(([a, b]) => [a % (text.length + 1), b % (text.length + 1)] as [number, number]);
          const written = readWrittenQdpx(writeQdpx(project(text, name, note, ranges), options).bytes);
          expect(await refiSchemaErrors(written.qde, 'Project')).toEqual([]);
          expect(written.core.tables.codes[0]!.name).toBe(xmlSafe(name));
          expect(written.core.tables.memos[0]!.plainText).toBe(xmlSafe(note));
          // The text file holds the text unit for unit (a lone surrogate, which UTF-8 cannot hold, as U+FFFD).
          const file = String(written.core.tables.sourceTexts[0]!.text);
          expect(file.length).toBe(text.length);
          expect(strFromU8(written.entries[Object.keys(written.entries).find((p) => p.startsWith('sources/'))!]!)).toBe(file);
          for (const s of written.selections) {
            expect(ranges.some(([a, b]) => Math.min(a, b) === s.start && Math.max(a, b) === s.end)).toBe(true);
            expect(s.name).toBe(xmlSafe(text.slice(s.start, s.end)));
          }
          expect(written.selections).toHaveLength(ranges.length);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
