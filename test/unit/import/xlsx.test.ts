import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isXlsxZip, readXlsx } from '../../../shared/import';
import { excelSerialToIso, numberFormatKind } from '../../../shared/import/xlsx';
import { dialogueLogSheet, excelSerial, makeXlsx } from '../../fixtures/import/make-xlsx';
import { bodies, expectOrderedOffsets, fixture, importBytes, importError, importText } from './import-helpers';



describe('XLSX tables', () => {
  it('reads the committed dialogue log: threads, roles, timestamps from date cells, æøå and line breaks', async () => {
    const result = await importBytes('dialoglogg.xlsx', fixture('dialoglogg.xlsx'));
    expect(result).toMatchObject({ format: 'xlsx', encoding: 'UTF-8' });
    expect(result.sources.map((s) => s.title)).toEqual(['dialoglogg – Tråd 1', 'dialoglogg – Tråd 2']);
    const [first, second] = result.sources;
    expect(first!.messages.map((m) => [m.speaker, m.role, m.timestamp])).toEqual([
      ['Bruker 01', 'user', '2024-03-12T14:05:00'],
      ['Veileder A', 'caseworker', '2024-03-13T09:12:00'],
    ]);
    expect(first!.messages[1]!.delay).toMatchObject({ minHours: 19.12, maxHours: 19.12 });
    expect(bodies(first!)[1]).toBe('Hei! Du må ta det med saksbehandler.\nMvh [Navn på veileder]');
    expect(bodies(second!)).toEqual(['Når får jeg svar på søknaden? «Snart», sa de.']);
    result.sources.forEach(expectOrderedOffsets);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'xlsx-other-sheets', params: { sheet: 'Logg', others: 'Notater', count: 1 } }),
    ]);
  });

  it('gives the same sources as the same table saved as CSV', async () => {
    const rows = [
      ['Tråd', 'Avsender', 'Tidspunkt', 'Melding', 'Gruppe'],
      ['12', 'Bruker', '12.03.2020 14:05', 'Hei, jeg lurer på "AAP".', 'A'],
      ['12', 'Veileder', '13.03.2020 10:05', 'Hei!', 'A'],
      ['7', 'Bruker', '2020-04-01 08:00', 'Ny sak', 'B'],
    ];
    const csv = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\n');
    const fromCsv = await importText('samtaler.csv', csv);
    const fromXlsx = await importBytes('samtaler.xlsx', makeXlsx([{ name: 'Ark1', rows }]));
    expect(fromXlsx.sources).toEqual(fromCsv.sources);
    expect(fromXlsx.sources[0]!.attributes).toEqual({ Gruppe: 'A' });
  });

  it('uses a column mapping the user gives', async () => {
    const xlsx = makeXlsx([{ name: 'Ark1', rows: [['Hvem', 'Hva', 'Samtale'], ['Bruker', 'Hei', 'x'], ['Veileder', 'Hallo', 'x']] }]);
    const result = await importBytes('a.xlsx', xlsx, { columnMapping: { speaker: 'Hvem', text: 'Hva', thread: 'Samtale' } });
    expect(result.sources.map((s) => bodies(s))).toEqual([['Hei', 'Hallo']]);
    const e = await importError(importBytes('a.xlsx', xlsx, { columnMapping: { speaker: 'Avsender', text: 'Hva' } }));
    expect(e.line).toBe(1);
    expect(e.message).toContain('the speaker column "Avsender" is not in the header row (found: Hvem, Hva, Samtale)');
  });

  it('reports rows by their Excel row numbers', async () => {
    const xlsx = makeXlsx([{ name: 'Ark1', firstRow: 3, rows: [['avsender', 'melding', 'tidspunkt'], ['Bruker', 'Hei', 'i går']] }]);
    const result = await importBytes('a.xlsx', xlsx);
    expect(result.sources[0]!.messages[0]!.line).toBe(4);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'timestamp-unreadable', line: 4 }));
  });

  it('reads numbers, booleans, inline strings, formula results, and empty cells as Excel shows them', () => {
    const table = readXlsx(
      makeXlsx([
        {
          name: 'Ark1',
          rows: [
            ['a', 'b', 'c', 'd', 'e', 'f'],
            [0.1 + 0.2, true, { inline: 'inne i cellen' }, { formula: 'A1&"x"', result: 'ax' }, null, 12],
          ],
        },
      ]),
      'a.xlsx',
    );
    expect(table.rows).toEqual([{ cells: ['0.3', 'TRUE', 'inne i cellen', 'ax', '', '12'], line: 2 }]);
  });

  it('skips a hidden first sheet and reads workbooks whose elements carry a prefix', () => {
    const hidden = readXlsx(
      makeXlsx([
        { name: 'Skjult', hidden: true, rows: [['x'], ['y']] },
        { name: 'Data', rows: [['avsender', 'melding'], ['Bruker', 'Hei']] },
      ]),
      'a.xlsx',
    );
    expect(hidden).toMatchObject({ sheet: 'Data', otherSheets: ['Skjult'], headers: ['avsender', 'melding'] });
    const prefixed = readXlsx(makeXlsx([{ name: 'Ark1', rows: [['avsender', 'melding'], ['Bruker', 'Hei & hå']] }], { prefix: 'x' }), 'a.xlsx');
    expect(prefixed.rows[0]!.cells).toEqual(['Bruker', 'Hei & hå']);
  });

  it('joins rich-text runs, drops phonetic guides and unescapes _xHHHH_', () => {
    const base = makeXlsx([{ name: 'Ark1', rows: [['avsender', 'melding'], ['Bruker', 'plassholder']] }]);
    const files = unzipSync(base);
    files['xl/sharedStrings.xml'] = strToU8(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<si><t>avsender</t></si><si><t>melding</t></si><si><t>Bruker</t></si>' +
        '<si><r><rPr><b/></rPr><t>Fet</t></r><r><t xml:space="preserve"> og vanlig_x000D_</t></r><rPh><t>ふりがな</t></rPh></si>' +
        '</sst>',
    );
    files['xl/worksheets/sheet1.xml'] = strToU8(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>',
    );
    expect(readXlsx(zipSync(files), 'a.xlsx').rows[0]!.cells).toEqual(['Bruker', 'Fet og vanlig\r']);
  });

  it('refuses a zip that is not a workbook, a DOCTYPE, and an empty sheet, naming the file', async () => {
    expect(isXlsxZip(zipSync({ 'a.txt': strToU8('hei') }))).toBe(false);
    const files = unzipSync(makeXlsx([dialogueLogSheet]));
    files['xl/worksheets/sheet1.xml'] = strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>');
    const doctype = await importError(importBytes('farlig.xlsx', zipSync(files)));
    expect(doctype.reason).toBe('malformed');
    expect(doctype.message).toContain('"farlig.xlsx" could not be read as an Excel workbook');
    expect(doctype.message).toContain('save it again as .xlsx');
    const empty = await importError(importBytes('tom.xlsx', makeXlsx([{ name: 'Ark1', rows: [] }])));
    expect(empty.reason).toBe('empty-file');
    expect(empty.message).toContain('"tom.xlsx" has no rows in the sheet "Ark1"');
  });
});

describe('XLSX cell text', () => {
  it('property: any text survives shared strings, inline strings and prefixed elements', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'æ', 'Ø', 'å', '&', '<', '>', '"', "'", ' ', '\n', '_x000D_', '👍🏽', 'e\u0301', '[Navn]') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), fc.boolean(), (rows, prefixed) => {
        const cells = rows.map(([a, b]) => [a, { inline: b }]);
        const table = readXlsx(makeXlsx([{ name: 'Ark1', rows: [['a', 'b'], ...cells] }], prefixed ? { prefix: 'x' } : {}), 'p.xlsx');
        // Rows of only blank cells are skipped, as in CSV; the others keep their Excel row numbers.
        const expected = rows
          .map(([a, b], i) => ({ cells: [a.replace(/_x000D_/g, '\r'), b.replace(/_x000D_/g, '\r')], line: i + 2 }))
          .filter((r) => r.cells.some((c) => c.trim() !== ''));
        expect(table.rows).toEqual(expected);
      }),
    );
  });
});

describe('Excel number formats and dates', () => {
  it('tells dates, times and plain numbers apart', () => {
    expect(numberFormatKind('dd\\.mm\\.yyyy\\ hh:mm')).toBe('datetime');
    expect(numberFormatKind('[$-414]d\\.\\ mmmm\\ yyyy;@')).toBe('date');
    expect(numberFormatKind('mm:ss')).toBe('time');
    expect(numberFormatKind('[h]:mm')).toBe('time');
    expect(numberFormatKind('#,##0.00\\ "kr"')).toBe('number');
    expect(numberFormatKind('[Red]0.00')).toBe('number');
    expect(numberFormatKind('General')).toBe('number');
  });

  it('turns serials into ISO text in both date systems', () => {
    expect(excelSerialToIso(excelSerial('2024-03-12T14:05:00'), 'datetime')).toBe('2024-03-12T14:05:00');
    expect(excelSerialToIso(45363, 'date')).toBe('2024-03-12');
    expect(excelSerialToIso(0.5, 'time')).toBe('12:00:00');
    expect(excelSerialToIso(59, 'date')).toBe('1900-02-28');
    expect(excelSerialToIso(61, 'date')).toBe('1900-03-01');
    expect(excelSerialToIso(43901, 'date', true)).toBe('2024-03-12');
  });
});
