// Regenerates sample-data/intervjuer/intervju-03-veileder.docx from its plain-text twin
// intervju-03-veileder.kilde.txt (UTF-8): one Word paragraph per non-empty line, the speaker
// label ("Intervjuer:", "Informant:") in bold. Output is deterministic (fixed zip timestamps).
//
// Run from the repository root:   node sample-data/tools/make-docx.mjs
/* global console */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'intervjuer');
const source = join(dir, 'intervju-03-veileder.kilde.txt');
const target = join(dir, 'intervju-03-veileder.docx');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

const lines = readFileSync(source, 'utf8').replace(/\r\n?/g, '\n').split('\n');
const paragraphs = lines
  .filter((line) => line.trim() !== '')
  .map((line, i) => {
    if (i === 0) return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(line)}</w:p>`;
    const m = /^(Intervjuer|Informant):(\s*)(.*)$/.exec(line);
    return m ? `<w:p>${run(`${m[1]}:`, true)}${run(` ${m[3]}`)}</w:p>` : `<w:p>${run(line)}</w:p>`;
  });

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const files = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '</Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>',
  'word/_rels/document.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '</Relationships>',
  'word/styles.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:styles xmlns:w="${W}">` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="160"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
    '</w:styles>',
  'word/document.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${W}"><w:body>${paragraphs.join('')}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>',
};

const mtime = new Date('2024-03-12T12:00:00Z');
const zip = zipSync(
  Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, [strToU8(xml), { mtime }]])),
  { level: 9 },
);
writeFileSync(target, zip);
console.log(`${target}: ${paragraphs.length} paragraphs, ${zip.length} bytes`);
