import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundaryWorkTemplate,
  codebookToMarkdown,
  parseCodebookMarkdown,
  type CodebookDocument,
  type CodebookEntry,
} from '../../../shared/codebook';

const small: CodebookDocument = {
  format: 'kodebok-codebook',
  version: 1,
  name: 'Grensearbeid',
  language: 'nb',
  codes: [
    {
      key: 'clear',
      name: 'Tydelig',
      shortName: 'T',
      color: '#08894b',
      definition: 'Gir en grunn.\nTo linjer.',
      inclusion: '',
      exclusion: 'Tvetydige svar.',
      typicalExample: '«Ring kontoret.»',
      atypicalExample: '',
      children: [
        {
          name: 'Henvisning',
          shortName: '',
          color: '',
          definition: '',
          inclusion: '',
          exclusion: '',
          typicalExample: '',
          atypicalExample: '',
          children: [],
        },
      ],
    },
  ],
};

describe('codebookToMarkdown', () => {
  it('writes headings by depth and criteria as labelled lines in the codebook’s language', () => {
    expect(codebookToMarkdown(small)).toBe(
      [
        '# Grensearbeid',
        '',
        '- **Språk:** nb',
        '',
        '## Tydelig',
        '',
        '- **Nøkkel:** clear',
        '- **Kortnavn:** T',
        '- **Farge:** #08894b',
        '- **Definisjon:** Gir en grunn.',
        '  To linjer.',
        '- **Inklusjon:**',
        '- **Eksklusjon:** Tvetydige svar.',
        '- **Typisk eksempel:** «Ring kontoret.»',
        '- **Atypisk eksempel:**',
        '',
        '### Henvisning',
        '',
        '- **Kortnavn:**',
        '- **Farge:**',
        '- **Definisjon:**',
        '- **Inklusjon:**',
        '- **Eksklusjon:**',
        '- **Typisk eksempel:**',
        '- **Atypisk eksempel:**',
        '',
      ].join('\n'),
    );
  });

  it('uses English labels for an English codebook', () => {
    const md = codebookToMarkdown(boundaryWorkTemplate('en'));
    expect(md).toContain('- **Language:** en');
    expect(md).toContain('- **Typical example:**');
    expect(md).toContain('#### Link sending');
    const nn = codebookToMarkdown(boundaryWorkTemplate('nn'));
    expect(nn).toContain('- **Typisk døme:**');
  });
});

describe('parseCodebookMarkdown', () => {
  it('reads back each template exactly', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      const doc = boundaryWorkTemplate(language);
      expect(parseCodebookMarkdown(codebookToMarkdown(doc))).toEqual({ ok: true, document: doc });
    }
  });

  it('accepts hand-written Markdown with English labels and no language line, and CRLF', () => {
    const md =
      '# My codebook\r\n\r\n## Help\r\n- **Definition:** Gives the help asked for.\r\n- **Colour:** #039877\r\n';
    const result = parseCodebookMarkdown(md);
    expect(result).toMatchObject({
      ok: true,
      document: {
        name: 'My codebook',
        language: 'en',
        codes: [{ name: 'Help', definition: 'Gives the help asked for.', color: '#039877' }],
      },
    });
  });

  it('accepts Norwegian labels in a document that says it is English', () => {
    const md = '# X\n\n- **Language:** en\n\n## Hjelp\n\n- **Definisjon:** Gir hjelp.\n';
    expect(parseCodebookMarkdown(md)).toMatchObject({
      ok: true,
      document: { language: 'en', codes: [{ definition: 'Gir hjelp.' }] },
    });
  });

  it('names the line of each problem', () => {
    const md = '# X\n\n## A\n\n- **Definisjon:** ok\n- **Farve:** #fff\nloose text\n#### Too deep\n';
    const result = parseCodebookMarkdown(md);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual([
      'line 6: unknown label "Farve"',
      'line 7: expected a heading or a labelled line such as "- **Definition:** …"',
      'line 8: #### skips a level; at most ### can come here',
    ]);
    expect(result.errors.map((e) => [e.code, e.line, e.params])).toEqual([
      ['label-unknown', 6, { label: 'Farve' }],
      ['line-unreadable', 7, {}],
      ['level-skipped', 8, { found: '####', allowed: '###' }],
    ]);
  });

  it('reports invalid values with the code’s path and the line they are written on', () => {
    const md = '# X\n\n## A\n\n- **Farge:** grønn\n\n## B\n\n### \n';
    expect(parseCodebookMarkdown(md)).toMatchObject({
      ok: false,
      errors: [
        { code: 'colour', path: 'codes[0].color', line: 5, message: 'codes[0].color: must be a colour like #1f6fb2' },
        { code: 'required', path: 'codes[1].children[0].name', line: 9 },
      ],
    });
  });

  it('round-trips any codebook exactly (multi-line values, leading spaces, #, ** and : in text)', () => {
    const text = fc
      .array(fc.constantFrom('a', 'Ø', ' ', '\n', '#', '*', ':', '-', '«', '»', '😀', 'e\u0301', '  ', '**Key:**'), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    const name = fc
      .array(fc.constantFrom('a', 'Å', ' ', '#', '*', ':', '/', '-'), { minLength: 1, maxLength: 8 })
      .map((p) => `N${p.join('')}`);
    const colour = fc.constantFrom('', '#3871e9', '#ABCDEF');
    const entry: fc.Memo<CodebookEntry> = fc.memo((n) =>
      fc.record(
        {
          key: fc.option(
            fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !/[\n]/.test(k) && k.trim() === k && k !== ''),
            {
              nil: undefined,
            },
          ),
          name,
          shortName: text,
          color: colour,
          definition: text,
          inclusion: text,
          exclusion: text,
          typicalExample: text,
          atypicalExample: text,
          children: n > 1 ? fc.array(entry(n - 1), { maxLength: 2 }) : fc.constant([]),
        },
        {
          requiredKeys: [
            'name',
            'shortName',
            'color',
            'definition',
            'inclusion',
            'exclusion',
            'typicalExample',
            'atypicalExample',
            'children',
          ],
        },
      ),
    );
    const doc = fc.record({
      format: fc.constant('kodebok-codebook' as const),
      version: fc.constant(1 as const),
      name,
      language: fc.constantFrom('nb' as const, 'nn' as const, 'en' as const),
      codes: fc.array(entry(3), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(doc, (d) => {
        const keys = new Set<string>();
        let unique = true;
        const walk = (es: CodebookEntry[]) =>
          es.forEach((e) => {
            if (e.key !== undefined) {
              if (keys.has(e.key)) unique = false;
              keys.add(e.key);
            }
            walk(e.children);
          });
        walk(d.codes);
        fc.pre(unique);
        expect(parseCodebookMarkdown(codebookToMarkdown(d))).toEqual({ ok: true, document: d });
      }),
      { numRuns: 300 },
    );
  });
});
