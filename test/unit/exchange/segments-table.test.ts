import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDemoProjectRows } from '../../../cli/demo-report-project';
import { backupTables, type BackupTables } from '../../../shared/backup/format';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { codebookTable, segmentColumns, segmentsTable, tableToCsv } from '../../../shared/exchange/segments-table';
import { excelCellLimit, tablesToXlsx } from '../../../shared/exchange/segments-table-xlsx';
import { readXlsx } from '../../../shared/import/xlsx';

const stamp = '2026-01-01T00:00:00Z';

/** A one-dialogue project whose turns open with what a spreadsheet would run as a formula. */
function hostileProject(): ExchangeProject {
  const projectId = 'p';
  const text = '=HYPERLINK("http://x","klikk")\n@SUM(1;2) og -3 kroner\n+47 999 99 999';
  const tables = Object.fromEntries(backupTables.map((t) => [t, []])) as unknown as BackupTables;
  tables.sources.push({ id: 's', projectId, title: '=Dialog 1', kind: 'dialogue', length: text.length, attributes: { a: 34, b: '-ung' }, order: 0, createdAt: stamp, updatedAt: stamp });
  tables.sourceTexts.push({ sourceId: 's', projectId, text });
  tables.attributes.push({ id: 'a', projectId, name: 'Alder', type: 'number', choices: [], order: 0 }, { id: 'b', projectId, name: 'Gruppe', type: 'text', choices: [], order: 1 });
  tables.messages.push(
    { id: 'm1', projectId, sourceId: 's', order: 0, speaker: 'Ola', role: 'user', delay: null, timestamp: null, start: 0, end: 30 },
    { id: 'm2', projectId, sourceId: 's', order: 1, speaker: 'Veileder', role: 'caseworker', delay: { phrase: 'to dager etter', minHours: 48, maxHours: 72 }, timestamp: null, start: 31, end: 53 },
  );
  tables.codes.push({ id: 'c', projectId, parentId: null, order: 0, name: 'Spørsmål', color: '#336699' }, { id: 'd', projectId, parentId: 'c', order: 0, name: '-Penger', color: '' });
  tables.coders.push({ id: 'u', projectId, name: 'Kari Nordmann', color: '#000000' });
  tables.codings.push(
    { id: 'k1', projectId, sourceId: 's', codeId: 'c', coderId: 'u', authorId: 'u', start: 0, end: 30 },
    { id: 'k2', projectId, sourceId: 's', codeId: 'd', coderId: 'u', authorId: 'u', start: 31, end: 53 },
  );
  return { project: { id: projectId, name: 'Fiendtlig' }, tables };
}

describe('coded segments table', () => {
  it('has one row per coding of the demo project, with speaker, role, delay, code path, coder, text and attributes', async () => {
    const demo = await loadDemoProjectRows('nb');
    const table = segmentsTable(demo);
    expect(table.rows).toHaveLength(demo.tables.codings.length);
    expect(table.header).toEqual([...segmentColumns, 'Målform']);
    const texts = new Map(demo.tables.sourceTexts.map((t) => [t.sourceId, String(t.text)]));
    const titles = new Map(demo.tables.sources.map((s) => [s.title, s.id]));
    for (const row of table.rows) {
      const [source, , , , , , path, coder, start, end, text] = row;
      expect(text).toBe(texts.get(titles.get(source) as string)!.slice(start as number, end as number));
      expect(String(path)).toContain('/');
      expect(coder).not.toBeNull();
    }
    expect(table.rows.some((r) => r[2] === 'caseworker')).toBe(true);
    expect(table.rows.some((r) => typeof r[3] === 'number')).toBe(true);
  });

  it('takes speaker, role and delay from the turn a coding starts in', () => {
    const table = segmentsTable(hostileProject());
    expect(table.rows[1]!.slice(0, 5)).toEqual(['=Dialog 1', 'Veileder', 'caseworker', 48, 'to dager etter']);
    expect(table.rows[1]!.slice(5, 8)).toEqual(['-Penger', 'Spørsmål/-Penger', 'Kari Nordmann']);
    expect(table.rows[0]!.slice(-2)).toEqual([34, '-ung']);
  });

  it('writes CSV with a text column where no cell can run as a formula', () => {
    const csv = tableToCsv(segmentsTable(hostileProject()));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...segmentColumns, 'Alder', 'Gruppe']);
    expect(rows[1]![0]).toBe("'=Dialog 1");
    expect(rows[1]![10]).toBe('\'=HYPERLINK("http://x","klikk")');
    expect(rows[2]![10]).toBe("'@SUM(1;2) og -3 kroner");
    expect(rows[2]![5]).toBe("'-Penger");
    expect(rows[1]![11]).toBe('34');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes XLSX that a spreadsheet reader opens: text as inline strings (never formulas), numbers as numbers', () => {
    const project = hostileProject();
    const bytes = tablesToXlsx([
      { name: 'Segments', table: segmentsTable(project) },
      { name: 'Codebook', table: codebookTable(project) },
    ]);
    const read = readXlsx(bytes, 'segments.xlsx');
    expect(read.sheet).toBe('Segments');
    expect(read.otherSheets).toEqual(['Codebook']);
    expect(read.headers).toEqual([...segmentColumns, 'Alder', 'Gruppe']);
    expect(read.rows[0]!.cells[10]).toBe('=HYPERLINK("http://x","klikk")');
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<c r="I2"><v>0</v></c>'); // start, a number
    expect(sheet).toContain('<c r="L2"><v>34</v></c>'); // a number attribute
  });

  it('cuts a passage longer than Excel allows in a cell without splitting an emoji', () => {
    const long = `${'a'.repeat(excelCellLimit - 2)}😀tail`;
    const bytes = tablesToXlsx([{ name: 'x', table: { header: ['text'], rows: [[long]] } }]);
    const cell = readXlsx(bytes, 'x.xlsx').rows[0]!.cells[0]!;
    expect(cell.length).toBeLessThanOrEqual(excelCellLimit);
    expect(cell.endsWith('a…')).toBe(true);
  });
});

describe('codebook table', () => {
  it('lists every demo code with its path, criteria and number of codings', async () => {
    const demo = await loadDemoProjectRows('nb');
    const table = codebookTable(demo);
    expect(table.rows).toHaveLength(demo.tables.codes.length);
    const total = table.rows.reduce((n, r) => n + (r.at(-1) as number), 0);
    expect(total).toBe(demo.tables.codings.length);
    expect(table.rows.every((r) => typeof r[5] === 'string')).toBe(true);
  });
});
