import { describe, expect, it } from 'vitest';
import { boundaryWorkTemplate } from '../../../shared/codebook/template';
import { codebookToMarkdown } from '../../../shared/codebook/markdown';
import { codebookFile, readCodebookFile, safeFileName } from '../../../renderer/features/codebook/codebook-files';
import { codesFromCodebook } from '../../../shared/codebook/instantiate';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('codebook files', () => {
  const template = boundaryWorkTemplate('nb');
  let n = 0;
  const { codes } = codesFromCodebook(template, { projectId: 'p', now: '2026-01-01T00:00:00.000Z', newId: () => `c${n++}` });

  it('exports JSON and Markdown that read back as the same codebook', () => {
    for (const format of ['json', 'markdown'] as const) {
      const file = codebookFile(format, 'Grensearbeid: NAV/2026', 'nb', codes);
      expect(file.suggestedName).toBe(format === 'json' ? 'Grensearbeid-NAV2026-kodebok.json' : 'Grensearbeid-NAV2026-kodebok.md');
      const read = readCodebookFile(file.suggestedName, bytes(file.data));
      expect(read.ok).toBe(true);
      if (read.ok) {
        expect(read.document.name).toBe('Grensearbeid: NAV/2026');
        expect(read.document.codes.map((c) => c.name)).toEqual(template.codes.map((c) => c.name));
      }
    }
  });

  it('reads a UTF-8 file with a byte-order mark', () => {
    const md = codebookToMarkdown(template);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(md)]);
    expect(readCodebookFile('kodebok.md', withBom).ok).toBe(true);
  });

  it('says what is wrong, and where', () => {
    expect(readCodebookFile('x.json', new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ ok: false, reason: 'not-text' });
    expect(readCodebookFile('x.json', bytes('{"format": '))).toMatchObject({
      ok: false,
      reason: 'not-json',
      errors: [{ code: 'json-incomplete', line: 1 }],
    });
    // The place of a syntax error is kept: line 3, at the missing colon.
    expect(readCodebookFile('x.json', bytes('{\n  "format": "kodebok-codebook",\n  "name" "X"\n}'))).toMatchObject({
      ok: false,
      reason: 'not-json',
      errors: [{ code: 'json-syntax', line: 3, column: 10 }],
    });
    const invalid = readCodebookFile('x.json', bytes(JSON.stringify({ format: 'kodebok-codebook', version: 1, name: 'X', language: 'nb', codes: [{ name: '' }] })));
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid' });
    if (!invalid.ok) expect(invalid.errors).toEqual([expect.objectContaining({ code: 'required', path: 'codes[0].name' })]);
    const md = readCodebookFile('x.md', bytes('# Kodebok\n\nløs tekst\n'));
    expect(md).toMatchObject({ ok: false, reason: 'invalid' });
    if (!md.ok) expect(md.errors[0]).toMatchObject({ code: 'line-unreadable', line: 3 });
  });

  it('makes safe file names', () => {
    expect(safeFileName('  ')).toBe('kodebok');
    expect(safeFileName('Æøå studie / 2')).toBe('Æøå-studie-2');
  });
});
