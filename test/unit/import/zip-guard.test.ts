import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeImportEnvironment } from '../../../cli/node-environment';
import { ImportError, readTableFile } from '../../../shared/import';
import { declaresDoctype } from '../../../shared/import/ooxml-parts';
import { openZip, type ZipFormat } from '../../../shared/import/zip-guard';
import { docxZipLimits, xlsxZipLimits, type ZipLimits } from '../../../shared/import/zip-limits';
import { docxParts, documentXmlHead, documentXmlTail, makeDocx, paragraphXml } from '../../fixtures/import/make-docx';
import { makeDocxBomb, makeXlsxBomb, MB } from '../../fixtures/import/make-zip-bomb';
import { dialogueLogSheet, makeXlsx } from '../../fixtures/import/make-xlsx';
import { writeZip, type ZipEntrySpec } from '../../fixtures/import/make-zip';
import { bodies, importBytes, importError } from './import-helpers';

const small: ZipLimits = {
  maxEntries: 5,
  maxNameBytes: 40,
  maxEntryBytes: 1000,
  maxTotalBytes: 1500,
  maxRatio: 10,
  ratioFloorBytes: 100,
};
const format = (limits: ZipLimits = small): ZipFormat => ({ noun: 'a test file', resave: 'Save it again.', limits });

const text = (s: string) => strToU8(s);
const repeated = (n: number) => new Uint8Array(n).fill(0x61);

/** The ImportError a synchronous guard call throws (the test fails if it does not). */
function refusal(run: () => unknown): ImportError {
  let error: unknown = null;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const readAll = (zip: Uint8Array, limits?: ZipLimits) => {
  const guarded = openZip(zip, 'arkiv.zip', format(limits));
  return guarded.read(guarded.names);
};

describe('the zip guard reads what real files hold', () => {
  it('inflates deflated and stored entries, with zip64 extra fields, to their exact bytes', () => {
    const entries: ZipEntrySpec[] = [
      { name: 'a.xml', content: text('<a>æøå</a>') },
      { name: 'b.xml', content: text('<b/>'), store: true },
      { name: 'c.xml', content: text('<c>zip64</c>'), zip64: true },
      { name: 'tom/', content: new Uint8Array(0), store: true },
    ];
    const parts = readAll(writeZip(entries));
    expect(new TextDecoder().decode(parts.get('a.xml'))).toBe('<a>æøå</a>');
    expect(new TextDecoder().decode(parts.get('b.xml'))).toBe('<b/>');
    expect(new TextDecoder().decode(parts.get('c.xml'))).toBe('<c>zip64</c>');
    expect(parts.get('tom/')).toHaveLength(0);
  });

  it('reads a zip written by fflate, and skips names it does not hold', () => {
    const guarded = openZip(zipSync({ 'x/y.xml': text('<y/>') }), 'a.zip', format());
    expect(guarded.names).toEqual(['x/y.xml']);
    expect([...guarded.read(['x/y.xml', 'mangler.xml']).keys()]).toEqual(['x/y.xml']);
  });

  it('does not judge the ratio of small parts: 1 MB of one letter packs 1000 : 1 and is read', () => {
    const parts = readAll(writeZip([{ name: 'styles.xml', content: repeated(MB) }]), docxZipLimits);
    expect(parts.get('styles.xml')).toHaveLength(MB);
  });

  it('only judges and inflates the entries it reads: an image claiming 4 GB does not stop a .docx', async () => {
    const parts = docxParts(documentXmlHead + paragraphXml('I: Hvordan var det?') + documentXmlTail);
    const docx = writeZip([
      ...Object.entries(parts).map(([name, content]) => ({ name, content })),
      { name: 'word/media/image1.png', content: repeated(1000), declaredSize: 0xfffffff0 },
    ]);
    const result = await importBytes('med-bilder.docx', docx);
    expect(bodies(result.sources[0]!)).toEqual(['Hvordan var det?']);
  });
});

describe('the zip guard refuses before inflating', () => {
  it('a part that declares more than the limit for one part', () => {
    const e = refusal(() => readAll(writeZip([{ name: 'stor.xml', content: repeated(1001) }])));
    expect(e).toMatchObject({ reason: 'too-large', code: 'zip-too-large', params: { file: 'arkiv.zip', limitMb: 0 } });
    expect(e.message).toContain('stor.xml unpacks to');
  });

  it('parts that together declare more than the total limit, across reads', () => {
    const zip = writeZip([
      { name: 'a.xml', content: repeated(800) },
      { name: 'b.xml', content: repeated(800) },
    ]);
    const guarded = openZip(zip, 'arkiv.zip', format({ ...small, maxRatio: 1000 }));
    expect(guarded.read(['a.xml']).get('a.xml')).toHaveLength(800);
    expect(refusal(() => guarded.read(['b.xml'])).code).toBe('zip-too-large');
  });

  it('a part packed more tightly than the ratio limit, once it is above the floor', () => {
    const e = refusal(() => readAll(writeZip([{ name: 'tett.xml', content: repeated(900) }])));
    expect(e).toMatchObject({ reason: 'too-large', code: 'zip-ratio', params: { part: 'tett.xml', limit: 10 } });
    expect(readAll(writeZip([{ name: 'liten.xml', content: repeated(99) }])).get('liten.xml')).toHaveLength(99);
  });

  it('more entries than the limit, judged from the count the directory declares', () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.xml`, content: text('<a/>') }));
    const e = refusal(() => openZip(writeZip(entries), 'mange.zip', format()));
    expect(e).toMatchObject({ code: 'zip-entries', params: { file: 'mange.zip', count: 6, limit: 5 } });
  });

  it.each([
    ['a ".." step', '../../.bashrc'],
    ['a ".." step in the middle', 'word/../../x.xml'],
    ['an absolute path', '/etc/passwd'],
    ['a drive letter', 'C:/Windows/win.ini'],
    ['a backslash', 'word\\document.xml'],
    ['a NUL byte', 'word/document.xml\u0000.png'],
    ['a line break', 'a\nb.xml'],
    ['a name longer than the limit', `${'a'.repeat(41)}.xml`],
    ['an empty name', ''],
  ])('an entry with %s in its name', (_, name) => {
    const zip = writeZip([
      { name: 'ok.xml', content: text('<a/>') },
      { name, content: text('<a/>') },
    ]);
    const e = refusal(() => openZip(zip, 'navn.zip', format()));
    expect(e).toMatchObject({ reason: 'malformed', code: 'zip-entry-name', params: { file: 'navn.zip' } });
    expect(e.message).not.toContain('\u0000');
    expect(e.message).not.toContain('\n');
  });

  it('allows dots that are not a step out of the folder', () => {
    const zip = writeZip([{ name: 'a..b/..c.xml', content: text('<a/>') }]);
    expect(openZip(zip, 'a.zip', format()).names).toEqual(['a..b/..c.xml']);
  });

  it('two entries with the same name', () => {
    const zip = writeZip([
      { name: 'word/document.xml', content: text('<a/>') },
      { name: 'word/document.xml', content: text('<b/>') },
    ]);
    expect(refusal(() => openZip(zip, 'to.zip', format())).code).toBe('zip-damaged');
  });
});

describe('the zip guard counts what is really inflated', () => {
  it('stops an entry the moment it unpacks beyond its declared size', () => {
    const zip = writeZip([{ name: 'løgn.xml', content: repeated(90), declaredSize: 10 }]);
    const e = refusal(() => readAll(zip));
    expect(e).toMatchObject({
      reason: 'malformed',
      code: 'zip-size-mismatch',
      params: { file: 'arkiv.zip', part: 'løgn.xml', declaredBytes: 10 },
    });
    expect(e.message).toContain('more than the 10 bytes its zip directory declares');
  });

  it('refuses an entry that unpacks to less than it declared, or whose data is damaged', () => {
    expect(refusal(() => readAll(writeZip([{ name: 'a.xml', content: repeated(50), declaredSize: 60 }]))).code).toBe(
      'zip-damaged',
    );
    const zip = writeZip([{ name: 'a.xml', content: strToU8('<a>'.repeat(100)) }]);
    const dataStart = 30 + 'a.xml'.length;
    zip.fill(0xff, dataStart, dataStart + 8);
    expect(refusal(() => readAll(zip, { ...small, maxRatio: 1000 })).code).toBe('zip-damaged');
  });

  it('refuses what is not a whole zip: random bytes, a cut-off file, an empty archive header', () => {
    const docx = makeDocx(['I: Hei']);
    for (const bytes of [
      new Uint8Array(500).map((_, i) => (i * 7919) % 251),
      docx.subarray(0, docx.length - 30),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
    ]) {
      const e = refusal(() => openZip(bytes, 'skadet.docx', format()));
      expect(e).toMatchObject({ reason: 'malformed', code: 'zip-damaged', params: { file: 'skadet.docx' } });
    }
  });
});

describe('zip bombs as Word and Excel files', () => {
  it('refuses a .docx whose document.xml honestly declares 100 MB, naming the file and the limit', async () => {
    const e = await importError(importBytes('bombe.docx', makeDocxBomb({ inflatedBytes: 100 * MB })));
    expect(e).toMatchObject({
      reason: 'too-large',
      code: 'zip-too-large',
      params: { file: 'bombe.docx', sizeMb: 100, limitMb: 48 },
    });
    expect(e.message).toContain('"bombe.docx" is too large to import: word/document.xml unpacks to 100 MB');
    expect(e.message).toContain('at most 48 MB from a Word document');
  });

  it('refuses a .docx whose zip directory under-declares a 100 MB document.xml as 2 MB', async () => {
    const e = await importError(
      importBytes('løgn.docx', makeDocxBomb({ inflatedBytes: 100 * MB, declaredBytes: 2 * MB })),
    );
    expect(e).toMatchObject({ code: 'zip-size-mismatch', params: { file: 'løgn.docx', part: 'word/document.xml' } });
    expect(e.message).toContain('more than the 2 MB its zip directory declares');
  });

  it('refuses .xlsx bombs, honest (by their ratio) and under-declared', async () => {
    const honest = await importError(importBytes('bombe.xlsx', makeXlsxBomb({ inflatedBytes: 100 * MB })));
    expect(honest).toMatchObject({
      code: 'zip-ratio',
      params: { file: 'bombe.xlsx', part: 'xl/worksheets/sheet1.xml' },
    });
    const lying = await importError(
      importBytes('løgn.xlsx', makeXlsxBomb({ inflatedBytes: 100 * MB, declaredBytes: 2 * MB })),
    );
    expect(lying.code).toBe('zip-size-mismatch');
  });

  it('uses the same limits for case-attribute tables read from .xlsx', () => {
    const e = refusal(() =>
      readTableFile('egenskaper.xlsx', makeXlsxBomb({ inflatedBytes: 100 * MB }), nodeImportEnvironment),
    );
    expect(e.code).toBe('zip-ratio');
  });

  it('has room for real files: the limits are above what Word and Excel write for long interviews and logs', () => {
    expect(docxZipLimits.maxEntryBytes).toBeGreaterThanOrEqual(17 * MB);
    expect(xlsxZipLimits.maxEntryBytes).toBeGreaterThanOrEqual(158 * MB);
  });
});

describe('DOCTYPEs in Office XML', () => {
  const external = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${documentXmlHead.slice(documentXmlHead.indexOf('<w:document'))}<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>${documentXmlTail}`;
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>${documentXmlHead.slice(documentXmlHead.indexOf('<w:document'))}<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>${documentXmlTail}`;

  it.each([
    ['an external entity', external],
    ['billion laughs', laughs],
  ])('refuses a .docx with %s in word/document.xml before mammoth parses it', async (_, xml) => {
    const e = await importError(importBytes('farlig.docx', zipSync(docxParts(xml))));
    expect(e).toMatchObject({
      reason: 'malformed',
      code: 'xml-doctype',
      params: { file: 'farlig.docx', part: 'word/document.xml' },
    });
    expect(e.message).toContain(
      '"farlig.docx" could not be read as a Word document: word/document.xml has a document type declaration',
    );
  });

  it('refuses a DOCTYPE in any part mammoth reads, not only the main document', async () => {
    const parts = docxParts(documentXmlHead + paragraphXml('I: Hei') + documentXmlTail);
    parts['[Content_Types].xml'] = strToU8(
      `<!DOCTYPE Types SYSTEM "http://eksempel.no/t.dtd">${new TextDecoder().decode(parts['[Content_Types].xml'])}`,
    );
    const e = await importError(importBytes('a.docx', zipSync(parts)));
    expect(e.params).toEqual({ file: 'a.docx', part: '[Content_Types].xml' });
  });

  it('refuses a DOCTYPE in an .xlsx part with the Excel wording', async () => {
    const files = unzipSync(makeXlsx([dialogueLogSheet]));
    files['xl/sharedStrings.xml'] = strToU8(
      '<?xml version="1.0"?>\n<!-- Excel -->\n<!DOCTYPE sst [<!ENTITY a "aaaa">]><sst/>',
    );
    const e = await importError(importBytes('farlig.xlsx', zipSync(files)));
    expect(e).toMatchObject({ code: 'xml-doctype', params: { part: 'xl/sharedStrings.xml' } });
    expect(e.message).toContain('save it again as .xlsx');
  });

  it('finds a DOCTYPE in UTF-8 with or without BOM, in UTF-16 either way, in any case, however late', () => {
    const doc = '<?xml version="1.0"?><!-- lang kommentar --><!DOCTYPE a><a/>';
    const utf16 = (s: string, bigEndian: boolean) =>
      new Uint8Array([...s].flatMap((c) => (bigEndian ? [0, c.charCodeAt(0)] : [c.charCodeAt(0), 0])));
    expect(declaresDoctype(strToU8(doc))).toBe(true);
    expect(declaresDoctype(strToU8(`\ufeff${doc}`))).toBe(true);
    expect(declaresDoctype(strToU8(doc.replace('DOCTYPE', 'doctype')))).toBe(true);
    expect(declaresDoctype(strToU8(`${' '.repeat(100_000)}${doc}`))).toBe(true);
    expect(declaresDoctype(strToU8('<!ENTITY x "y"><a/>'))).toBe(true);
    expect(declaresDoctype(utf16(doc, false))).toBe(true);
    expect(declaresDoctype(utf16(doc, true))).toBe(true);
    expect(declaresDoctype(new Uint8Array([0xff, 0xfe, ...utf16(doc, false)]))).toBe(true);
    expect(declaresDoctype(new Uint8Array([0xfe, 0xff, ...utf16(doc, true)]))).toBe(true);
  });

  it('does not mistake text or comments for a DOCTYPE', () => {
    expect(declaresDoctype(strToU8('<a>&lt;!DOCTYPE html&gt; og <!-- kommentar --> <![CDATA[x]]></a>'))).toBe(false);
    expect(declaresDoctype(strToU8('<a>!DOCTYPE</a><'))).toBe(false);
  });
});
