import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../fixtures/import/make-zip';
import { readBytes } from './refi-read-helpers';
import { refiSchemaErrors } from './xsd-validate';

const MB = 1024 * 1024;
const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A small, valid project: one text source (CRLF, BOM, an emoji) and selections given by the test. */
function qde(body: { selections?: string; extra?: string; sources?: string } = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Veiledning" origin="Testverktøy 1.0">
  <Users><User guid="${g(1)}" name="Kari Nordmann"/></Users>
  <CodeBook><Codes>
    <Code guid="${g(2)}" name="Frister" isCodable="true" color="#c00"><Description>Når svaret kommer</Description>
      <Code guid="${g(3)}" name="Ventetid" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Variables><Variable guid="${g(40)}" name="Alder" typeOfVariable="Integer"/><Variable guid="${g(41)}" name="Kommune" typeOfVariable="Text"/></Variables>
  <Cases><Case guid="${g(42)}" name="Deltaker 1"><VariableValue><VariableRef targetGUID="${g(40)}"/><IntegerValue>34</IntegerValue></VariableValue><VariableValue><VariableRef targetGUID="${g(41)}"/><TextValue>Bø</TextValue></VariableValue><SourceRef targetGUID="${g(10)}"/></Case></Cases>
  <Sources>
    ${
      body.sources ??
      `<TextSource guid="${g(10)}" name="Samtale 1" plainTextPath="internal://${g(10)}.txt">
      ${body.selections ?? ''}
    </TextSource>`
    }
  </Sources>
  <Notes><Note guid="${g(50)}" name="Om kodingen"><PlainTextContent>Kari lurer på fristen.</PlainTextContent></Note></Notes>
  ${body.extra ?? ''}
</Project>`;
}

/** "😀 Hei.\r\nBruker: Når får jeg svar?\r\nVeileder: I morgen." with a BOM, as NVivo for Windows stores text. */
const sourceText = '\uFEFF😀 Hei.\r\nBruker: Når får jeg svar?\r\nVeileder: I morgen.';

function selection(n: number, start: number, end: number, code = g(3), extra = ''): string {
  return `<PlainTextSelection guid="${g(100 + n)}" name="${extra}" startPosition="${start}" endPosition="${end}" creatingUser="${g(1)}"><Coding guid="${g(200 + n)}" creatingUser="${g(1)}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
}

function qdpx(xml: string, files: Record<string, string> = { [`sources/${g(10)}.txt`]: sourceText }): Uint8Array {
  return zipSync({ 'project.qde': strToU8(xml), ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])) });
}

async function refused(bytes: Uint8Array, fileName = 'prosjekt.qdpx') {
  const result = await readBytes(bytes, fileName);
  if (result.ok) throw new Error('the file was read, but it should have been refused');
  return result.error;
}

describe('a synthetic project (CRLF, BOM, an emoji before the selections)', () => {
  it('is valid against the XSD, and places its selections in our offsets, the text normalised', async () => {
    // UTF-16 units without the BOM: "😀 Hei.\r\n" is 9, so "Bruker" starts at 9 and ends at 15.
    const xml = qde({ selections: selection(1, 9, 15) + selection(2, 9, 35, g(2)) });
    expect(await refiSchemaErrors(xml, 'Project')).toEqual([]);
    const result = await readBytes(qdpx(xml));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const text = String(result.project.tables.sourceTexts[0]!.text);
    expect(text).toBe('😀 Hei.\nBruker: Når får jeg svar?\nVeileder: I morgen.');
    const spans = result.project.tables.codings.map((c) => text.slice(Number(c.start), Number(c.end)));
    expect(spans).toEqual(['Bruker', 'Bruker: Når får jeg svar?']);
    expect(result.report.sources[0]).toMatchObject({ title: 'Samtale 1', characters: text.length, reading: 'utf16' });
    // The parent code keeps its own coding.
    const frister = result.project.tables.codes.find((c) => c.name === 'Frister')!;
    expect(result.project.tables.codings.filter((c) => c.codeId === frister.id)).toHaveLength(1);
    expect(frister).toMatchObject({ color: '#cc0000', definition: 'Når svaret kommer' });
    // Variables and cases: types kept, values on the case's source.
    const attributes = result.project.tables.attributes;
    expect(attributes.map((a) => [a.name, a.type, a.refiType ?? null])).toEqual([
      ['Alder', 'number', 'Integer'],
      ['Kommune', 'text', 'Text'],
      ['Case', 'choice', null],
    ]);
    const values = result.project.tables.sources[0]!.attributes as Record<string, unknown>;
    expect(Object.values(values)).toEqual([34, 'Bø', 'Deltaker 1']);
    // A note no NoteRef names is a memo on the project.
    expect(result.project.tables.memos).toMatchObject([{ title: 'Om kodingen', plainText: 'Kari lurer på fristen.', targetKind: 'project' }]);
  });

  it('lists selections outside the text, inside the emoji, or not matching their quote, and places the rest', async () => {
    const xml = qde({
      selections: [
        selection(1, 9, 15, g(3), 'Bruker'),
        selection(2, 1, 5),
        selection(3, 9, 4000),
        selection(4, 9, 15, g(3), 'Veileder'),
        selection(5, 3, 3),
      ].join(''),
    });
    const result = await readBytes(qdpx(xml));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.report.unplaced.map((u) => [u.selectionGuid, u.reason])).toEqual([
      [g(102), 'inside-surrogate-pair'],
      [g(103), 'outside-text'],
      [g(104), 'quote-mismatch'],
      [g(105), 'empty'],
    ]);
    expect(result.report.unplaced[2]).toMatchObject({ source: 'Samtale 1', text: 'Veileder', codes: ['Ventetid'] });
    expect(result.project.tables.codings).toHaveLength(1);
    expect(result.report.warnings).toContainEqual({ code: 'selections-unplaced', params: { count: 4 } });
  });

  it('warns about unknown codes, users and notes, and a missing source file, and still reads the rest', async () => {
    const xml = qde({
      selections:
        selection(1, 9, 15, g(99)) +
        `<PlainTextSelection guid="${g(110)}" startPosition="9" endPosition="15"><NoteRef targetGUID="${g(98)}"/><Coding guid="${g(210)}" creatingUser="${g(97)}"><CodeRef targetGUID="${g(3)}"/></Coding></PlainTextSelection>`,
    });
    const result = await readBytes(qdpx(xml));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.report.warnings).toEqual(
      expect.arrayContaining([
        { code: 'unknown-code', params: { code: g(99), count: 1 } },
        { code: 'unknown-note', params: { note: g(98), count: 1 } },
        { code: 'unknown-user', params: { user: g(97) } },
      ]),
    );
    expect(result.project.tables.codings).toHaveLength(1);
    expect(result.project.tables.coders.map((c) => c.name)).toEqual(['Kari Nordmann', 'User 00000000']);

    const missing = await readBytes(qdpx(xml, {}));
    if (!missing.ok) throw new Error(JSON.stringify(missing.error));
    expect(missing.report.warnings).toContainEqual({ code: 'source-file-missing', params: { source: 'Samtale 1', path: `internal://${g(10)}.txt` } });
    expect(missing.report.unplaced.map((u) => u.reason)).toEqual(['source-missing', 'source-missing']);
    expect(missing.project.tables.sources).toEqual([]);
  });

  it('finds the .qde whatever its name or case, and sources under Sources/', async () => {
    const xml = qde({ selections: selection(1, 9, 15) });
    const bytes = zipSync({ 'Trial.QDE': strToU8(xml), [`Sources/${g(10)}.txt`]: strToU8(sourceText) });
    const result = await readBytes(bytes);
    expect(result.ok && result.project.tables.codings.length).toBe(1);
  });

  it('reads a .qdc as codes only, and a .qdc validates against the Codebook XSD', async () => {
    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Testverktøy">
  <Codes><Code guid="${g(2)}" name="Frister" isCodable="true" color="#AA3300"><Description>Når svaret kommer</Description><Code guid="${g(3)}" name="Ventetid" isCodable="true"/></Code><Code guid="${g(4)}" name="Roller" isCodable="false"/></Codes>
  <Sets><Set guid="${g(5)}" name="Tema"><MemberCode guid="${g(2)}"/></Set></Sets>
</CodeBook>`;
    expect(await refiSchemaErrors(qdc, 'Codebook')).toEqual([]);
    const result = await readBytes(strToU8(qdc), 'kodebok.qdc');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.report.format).toBe('qdc');
    expect(result.project.tables.codes.map((c) => [c.name, c.color, c.parentId === null])).toEqual([
      ['Frister', '#aa3300', true],
      ['Ventetid', expect.any(String), false],
      ['Roller', expect.any(String), true],
    ]);
    expect(result.project.tables.sources).toEqual([]);
    expect(result.project.tables.codings).toEqual([]);
  });
});

describe('hostile and broken files are refused with a clear error, never a crash', () => {
  it('a zip bomb: a project.qde that unpacks to 1,000 times its size', async () => {
    const bomb = writeZip([{ name: 'project.qde', content: new Uint8Array(20 * MB).fill(0x20) }]);
    const error = await refused(bomb);
    expect(error.code).toBe('refi-too-large');
    expect(String(error.params.detail)).toContain('zip bomb');
  });

  it('a zip whose directory under-declares what it unpacks to', async () => {
    const liar = writeZip([{ name: 'project.qde', content: strToU8(qde()), declaredSize: 100 }]);
    expect((await refused(liar)).code).toBe('refi-too-large');
  });

  it('path traversal, absolute and backslash names', async () => {
    for (const name of ['../../etc/passwd', '/etc/passwd', 'sources\\..\\x.txt']) {
      const zip = writeZip([
        { name: 'project.qde', content: strToU8(qde()) },
        { name, content: strToU8('x') },
      ]);
      const error = await refused(zip);
      expect(error.code).toBe('refi-unsafe-name');
    }
  });

  it('external entities and billion laughs: any DOCTYPE is refused before parsing', async () => {
    const external = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>`;
    for (const xml of [external, laughs]) {
      expect(await refused(qdpx(xml))).toEqual({ code: 'refi-doctype', params: { file: 'prosjekt.qdpx', part: 'project.qde' } });
      expect((await refused(strToU8(xml), 'kodebok.qdc')).code).toBe('refi-doctype');
    }
  });

  it('a huge attribute and absurd nesting', async () => {
    const huge = qde().replace('name="Veiledning"', `name="${'a'.repeat(2 * MB)}"`);
    expect(await refused(qdpx(huge))).toMatchObject({ code: 'refi-attribute-too-long', params: { element: 'Project', attribute: 'name' } });
    const deep = qde().replace('<Code guid', `${'<Code guid="x" name="d" isCodable="true">'.repeat(5000)}${'</Code>'.repeat(5000)}<Code guid`);
    expect((await refused(qdpx(deep))).code).toBe('refi-too-deep');
  });

  it('malformed XML, not REFI, missing required structure, no .qde, not a zip', async () => {
    expect(await refused(qdpx('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Users>'))).toMatchObject({ code: 'refi-xml-malformed' });
    expect(await refused(qdpx('<html><body/></html>'))).toMatchObject({ code: 'refi-not-refi', params: { element: 'html' } });
    expect(await refused(qdpx(qde({ selections: `<PlainTextSelection guid="${g(7)}" startPosition="1"/>` })))).toMatchObject({
      code: 'refi-structure',
      params: { missing: 'endPosition attribute', path: expect.stringContaining('TextSource 1 "Samtale 1" › PlainTextSelection 1') },
    });
    expect(await refused(qdpx(qde({ selections: `<PlainTextSelection guid="${g(7)}" startPosition="én" endPosition="2"/>` })))).toMatchObject({
      code: 'refi-structure',
    });
    expect(await refused(qdpx(qde({ extra: `<Links><Link guid="${g(8)}"/></Links>`, selections: `<PlainTextSelection guid="${g(7)}" startPosition="1" endPosition="2"><Coding guid="${g(9)}"/></PlainTextSelection>` })))).toMatchObject({
      code: 'refi-structure',
      params: { missing: '<CodeRef> element' },
    });
    expect(await refused(zipSync({ 'sources/a.txt': strToU8('x') }))).toMatchObject({ code: 'refi-no-project' });
    expect(await refused(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatchObject({ code: 'refi-zip-damaged' });
  });
});
