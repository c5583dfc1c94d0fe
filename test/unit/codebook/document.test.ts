import { describe, expect, it } from 'vitest';
import { codebookFromCodes, codesFromCodebook, parseCodebookJson } from '../../../shared/codebook';
import { makeCode } from './make-code';

const valid = {
  format: 'kodebok-codebook',
  version: 1,
  name: 'Mitt kodebok',
  language: 'nb',
  codes: [{ name: 'Respons', children: [{ key: 'help', name: 'Hjelp' }] }],
};

describe('parseCodebookJson', () => {
  it('accepts a minimal document and fills in empty criteria', () => {
    const result = parseCodebookJson(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.codes[0]).toEqual({
      name: 'Respons',
      shortName: '',
      color: '',
      definition: '',
      inclusion: '',
      exclusion: '',
      typicalExample: '',
      atypicalExample: '',
      children: [expect.objectContaining({ key: 'help', name: 'Hjelp', children: [] })],
    });
  });

  it('names the path of every problem', () => {
    const result = parseCodebookJson({
      ...valid,
      language: 'sv',
      codes: [
        { name: 'A' },
        { name: 'B', color: 'red' },
        { name: 'C', children: [{ definition: 'no name' }, { name: '   ' }] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'language: must be one of nb, nn, en',
        'codes[1].color: must be a colour like #1f6fb2',
        'codes[2].children[0].name: required',
        'codes[2].children[1].name: required',
      ]),
    );
    expect(result.errors).toHaveLength(4);
    expect(result.errors.map((e) => [e.code, e.path])).toEqual(
      expect.arrayContaining([
        ['language-unknown', 'language'],
        ['colour', 'codes[1].color'],
        ['required', 'codes[2].children[0].name'],
        ['required', 'codes[2].children[1].name'],
      ]),
    );
  });

  it('rejects other formats and versions, and duplicate keys', () => {
    const wrong = parseCodebookJson({ ...valid, format: 'qdc', version: 2 });
    expect(wrong).toMatchObject({
      ok: false,
      errors: [
        { code: 'format', path: 'format', message: 'format: must be "kodebok-codebook"' },
        { code: 'version', path: 'version', message: 'version: must be 1 (the only version so far)' },
      ],
    });
    const dup = parseCodebookJson({
      ...valid,
      codes: [
        { name: 'A', key: 'x' },
        { name: 'B', children: [{ name: 'C', key: 'x' }] },
      ],
    });
    expect(dup).toMatchObject({
      ok: false,
      errors: [
        {
          code: 'key-duplicate',
          path: 'codes[1].children[0].key',
          params: { key: 'x', first: 'codes[0].key' },
          message: 'codes[1].children[0].key: "x" is also used at codes[0].key',
        },
      ],
    });
  });

  it('says what is wrong with something that is not a codebook at all', () => {
    expect(parseCodebookJson([1, 2])).toMatchObject({
      ok: false,
      errors: [{ code: 'not-an-object', path: null, message: 'must be a object' }],
    });
    expect(parseCodebookJson({})).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        expect.objectContaining({ code: 'required', path: 'name' }),
        expect.objectContaining({ code: 'required', path: 'codes' }),
      ]),
    });
  });
});

describe('codebookFromCodes and codesFromCodebook', () => {
  it('exports a project codebook in tree order with all criteria', () => {
    const codes = [
      { ...makeCode('c', 'Clear', 'bw', 0), definition: 'Says why.' },
      makeCode('bw', 'Boundary work', null, 1),
      makeCode('r', 'Response', null, 0),
    ];
    const doc = codebookFromCodes('Study', 'en', codes);
    expect(doc).toMatchObject({ format: 'kodebok-codebook', version: 1, name: 'Study', language: 'en' });
    expect(doc.codes.map((c) => c.name)).toEqual(['Response', 'Boundary work']);
    expect(doc.codes[1]!.children[0]).toMatchObject({ name: 'Clear', definition: 'Says why.', children: [] });
    expect(parseCodebookJson(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, document: doc });
  });

  it('creates codes parents first, with sibling order, and maps keys to the new ids', () => {
    const parsed = parseCodebookJson(valid);
    if (!parsed.ok) throw new Error('invalid');
    let n = 0;
    const { codes, keys } = codesFromCodebook(parsed.document, {
      projectId: 'p1',
      now: '2025-03-01T00:00:00.000Z',
      newId: () => `id${++n}`,
    });
    expect(codes.map((c) => [c.id, c.parentId, c.order, c.name])).toEqual([
      ['id1', null, 0, 'Respons'],
      ['id2', 'id1', 0, 'Hjelp'],
    ]);
    expect(keys).toEqual(new Map([['help', 'id2']]));
    expect(codes.every((c) => /^#[0-9a-f]{6}$/.test(c.color))).toBe(true);
    expect(codes[0]!.color).not.toBe(codes[1]!.color);
  });
});
