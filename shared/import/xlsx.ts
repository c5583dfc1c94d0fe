/**
 * Excel workbooks (.xlsx) as a Table, so a spreadsheet gets the same column mapping and thread
 * grouping as a CSV file (table.ts).
 *
 * Why our own small reader over fflate + saxen rather than a spreadsheet library: the npm `xlsx`
 * package (0.18.5) is unmaintained on npm with known CVEs; exceljs drags in a large, partly stale
 * dependency tree for writing features we do not need; read-excel-file is active but changes
 * fast (v5 → v9 within a year, a fix for garbled non-ASCII text in 9.3.3) and hides the row
 * numbers we report errors by. We need only the first sheet's cell text, so we read the OOXML
 * ourselves: fflate (no dependencies, no advisories) unzips through the zip guard (zip-guard.ts,
 * shared with .docx), and saxen (a streaming SAX parser with no dependencies) reads the XML.
 * saxen never expands DTD entities, which is the class of bug behind fast-xml-parser's 2026
 * advisories (CVE-2026-25896, -26278, -33036, -33349); on top of that a DOCTYPE, which OOXML
 * never has, is refused outright (ooxml-parts.ts, and again here before saxen starts).
 */
import { strFromU8 } from 'fflate';
import { Parser } from 'saxen';
import type { Table, TableRow } from './csv';
import { readOoxmlParts } from './ooxml-parts';
import { ImportError, type ImportErrorCode } from './result';
import { openZip, type GuardedZip, type ZipFormat } from './zip-guard';
import { xlsxZipLimits } from './zip-limits';

export interface XlsxTable extends Table {
  /** The sheet that was read (the first visible one). */
  sheet: string;
  /** Names of the sheets that were not read. */
  otherSheets: string[];
}

/** Zip entry names are stored uncompressed, so a workbook shows its main part's name. */
export function isXlsxZip(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false;
  const needle = 'xl/workbook.xml';
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (whole, dec, hex, named) => {
    if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Excel escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
function unescapeOoxml(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))) : s;
}

interface Handlers {
  open?: (name: string, attrs: Record<string, string>, path: readonly string[]) => void;
  close?: (name: string, path: readonly string[]) => void;
  text?: (text: string, path: readonly string[]) => void;
}

/** Walks an XML part with local element names (prefixes dropped) and the path of open elements. */
function walkXml(xml: string, part: string, fileName: string, handlers: Handlers): void {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)))
    throw damaged(fileName, `${part} has a document type declaration`, 'xml-doctype', { part });
  const path: string[] = [];
  const parser = new Parser();
  parser.on('openTag', (name, attrs, _decode, selfClosing) => {
    const local = localName(name);
    const attributes: Record<string, string> = {};
    if (handlers.open) {
      for (const [key, value] of Object.entries(attrs())) attributes[localName(key)] = value;
      handlers.open(local, attributes, path);
    }
    if (!selfClosing) path.push(local);
  });
  parser.on('closeTag', (name, _decode, selfClosing) => {
    if (!selfClosing) path.pop();
    handlers.close?.(localName(name), path);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (value) => onText(decodeXml(value), path));
    parser.on('cdata', (value) => onText(value, path));
  }
  parser.on('error', (error) => {
    throw damaged(fileName, `${part}: ${error.message}`);
  });
  parser.parse(xml);
}

function damaged(
  fileName: string,
  detail: string,
  code: ImportErrorCode = 'xlsx-damaged',
  params: Record<string, string> = {},
): ImportError {
  return new ImportError(
    'malformed',
    `"${fileName}" could not be read as an Excel workbook (${detail}). Open it in Excel or LibreOffice, save it again as .xlsx (or as CSV), and import the new file.`,
    { code, params: { file: fileName, ...params } },
  );
}

const excelWorkbook: ZipFormat = {
  noun: 'an Excel workbook',
  resave: 'Open it in Excel or LibreOffice, save it again as .xlsx (or as CSV), and import the new file.',
  limits: xlsxZipLimits,
};

/** The named parts as text, unpacked through the zip guard (sizes, ratio, names, DOCTYPE). */
function unzip(zip: GuardedZip, fileName: string, names: readonly string[]): Record<string, string> {
  const parts = readOoxmlParts(zip, names, fileName, excelWorkbook);
  return Object.fromEntries([...parts].map(([name, data]) => [name, strFromU8(data)]));
}

interface SheetEntry {
  name: string;
  target: string;
  hidden: boolean;
}

function readWorkbook(parts: Record<string, string>, fileName: string): { sheets: SheetEntry[]; date1904: boolean } {
  const workbook = parts['xl/workbook.xml'];
  if (workbook === undefined) throw damaged(fileName, 'xl/workbook.xml is missing');
  const targets = new Map<string, string>();
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (rels !== undefined) {
    walkXml(rels, 'workbook relationships', fileName, {
      open: (name, a) => {
        if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, a.Target);
      },
    });
  }
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  walkXml(workbook, 'xl/workbook.xml', fileName, {
    open: (name, a) => {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const target = targets.get(a.id ?? '');
      if (target === undefined) return;
      // Targets are relative to xl/ unless they start at the package root.
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
      sheets.push({ name: a.name ?? '', target: path, hidden: a.state === 'hidden' || a.state === 'veryHidden' });
    },
  });
  return { sheets, date1904 };
}

function readSharedStrings(xml: string | undefined, fileName: string): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  let current = '';
  walkXml(xml, 'shared strings', fileName, {
    open: (name) => {
      if (name === 'si') current = '';
    },
    close: (name) => {
      if (name === 'si') strings.push(unescapeOoxml(current));
    },
    // Text runs (<r><t>) join up; phonetic guides (<rPh>) are not part of the cell text.
    text: (text, path) => {
      if (path.at(-1) === 't' && !path.includes('rPh')) current += text;
    },
  });
  return strings;
}

type NumberKind = 'number' | 'date' | 'time' | 'datetime';

/** Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30). */
const builtInDateFormats: Record<number, NumberKind> = {
  14: 'date', 15: 'date', 16: 'date', 17: 'date', 18: 'time', 19: 'time', 20: 'time', 21: 'time', 22: 'datetime',
  45: 'time', 46: 'time', 47: 'time',
};

/** Whether a custom format code shows a date, a time of day, both, or a plain number. */
export function numberFormatKind(code: string): NumberKind {
  // Drop quoted text, escaped characters and [colour]/[condition] sections; keep elapsed time like [h].
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .toLowerCase();
  const time = /[hs]/.test(bare);
  // "m" is a month beside days or years, and minutes beside hours or seconds.
  const date = /[dy]/.test(bare) || (/m/.test(bare) && !time);
  if (date && time) return 'datetime';
  if (date) return 'date';
  if (time) return 'time';
  return 'number';
}

function readStyles(xml: string | undefined, fileName: string): NumberKind[] {
  if (xml === undefined) return [];
  const custom = new Map<number, NumberKind>();
  const styles: NumberKind[] = [];
  walkXml(xml, 'styles', fileName, {
    open: (name, a, path) => {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), numberFormatKind(a.formatCode ?? ''));
      if (name === 'xf' && path.at(-1) === 'cellXfs') {
        const id = Number(a.numFmtId ?? 0);
        styles.push(custom.get(id) ?? builtInDateFormats[id] ?? 'number');
      }
    },
  });
  return styles;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date serial as ISO text without a time zone (as timestamps.ts reads it). Excel's 1900 system
 * counts the non-existent 29 February 1900, so serials from 61 on are one day ahead.
 */
export function excelSerialToIso(serial: number, kind: Exclude<NumberKind, 'number'>, date1904 = false): string {
  const seconds = Math.round(serial * 86400);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(epoch + seconds * 1000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (kind === 'time' && serial < 1) return time;
  return kind === 'date' ? date : `${date}T${time}`;
}

/** A number as Excel shows it in the formula bar: at most 15 significant digits. */
function numberText(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value.trim();
  return String(Number(n.toPrecision(15)));
}

/** "B12" → 1 (0-based column); null when the reference is missing or not a cell reference. */
function columnIndex(ref: string | undefined): number | null {
  const m = ref === undefined ? null : /^([A-Z]{1,3})\d*$/i.exec(ref);
  if (!m) return null;
  let n = 0;
  for (const c of m[1]!.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The first visible sheet of a workbook: the first non-empty row is the header row, and every
 * later non-empty row is a TableRow whose `line` is its row number in Excel. Cells show what Excel
 * shows for text, numbers and booleans; date cells become ISO 8601 so timestamp columns work.
 */
export function readXlsx(bytes: Uint8Array, fileName: string): XlsxTable {
  const zip = openZip(bytes, fileName, excelWorkbook);
  const parts = unzip(zip, fileName, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);
  const { sheets, date1904 } = readWorkbook(parts, fileName);
  const sheet = sheets.find((s) => !s.hidden) ?? sheets[0];
  if (!sheet) throw damaged(fileName, 'the workbook lists no sheets');
  const sheetXml = unzip(zip, fileName, [sheet.target])[sheet.target];
  if (sheetXml === undefined)
    throw damaged(fileName, `the sheet "${sheet.name}" (${sheet.target}) is missing`, 'xlsx-sheet-missing', {
      sheet: sheet.name,
    });
  const strings = readSharedStrings(parts['xl/sharedStrings.xml'], fileName);
  const styles = readStyles(parts['xl/styles.xml'], fileName);

  const rows: TableRow[] = [];
  let row: string[] = [];
  let rowNumber = 0;
  let column = -1;
  let cell: { type: string; style: number; value: string; inline: string } | null = null;
  walkXml(sheetXml, `sheet "${sheet.name}"`, fileName, {
    open: (name, a, path) => {
      if (name === 'row') {
        rowNumber = a.r !== undefined && /^\d+$/.test(a.r) ? Number(a.r) : rowNumber + 1;
        row = [];
        column = -1;
      } else if (name === 'c' && path.at(-1) === 'row') {
        column = columnIndex(a.r) ?? column + 1;
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: '' };
      }
    },
    text: (text, path) => {
      if (!cell) return;
      const parent = path.at(-1);
      if (parent === 'v') cell.value += text;
      else if (parent === 't' && path.includes('is') && !path.includes('rPh')) cell.inline += text;
    },
    close: (name) => {
      if (name === 'c' && cell) {
        row[column] = cellText(cell, strings, styles, date1904);
        cell = null;
      } else if (name === 'row') {
        const cells = Array.from(row, (c) => c ?? '');
        if (cells.some((c) => c.trim() !== '')) rows.push({ cells, line: rowNumber });
      }
    },
  });

  const header = rows.shift();
  if (!header) {
    throw new ImportError(
      'empty-file',
      `"${fileName}" has no rows in the sheet "${sheet.name}". Put a header row and one row per message in the first sheet, and import it again.`,
      { code: 'xlsx-no-rows', params: { file: fileName, sheet: sheet.name } },
    );
  }
  const headers = header.cells.map((h) => h.trim());
  // Pad every row to the header's width, as a CSV row with trailing empty cells would be.
  for (const r of rows) while (r.cells.length < headers.length) r.cells.push('');
  return {
    headers,
    rows,
    sheet: sheet.name,
    otherSheets: sheets.filter((s) => s !== sheet).map((s) => s.name),
  };
}

function cellText(
  cell: { type: string; style: number; value: string; inline: string },
  strings: readonly string[],
  styles: readonly NumberKind[],
  date1904: boolean,
): string {
  switch (cell.type) {
    case 's':
      return strings[Number(cell.value)] ?? '';
    case 'inlineStr':
      return unescapeOoxml(cell.inline);
    case 'str':
      return unescapeOoxml(cell.value);
    case 'b':
      return cell.value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'e':
    case 'd':
      return cell.value.trim();
    default: {
      if (cell.value.trim() === '') return '';
      const kind = styles[cell.style] ?? 'number';
      const n = Number(cell.value);
      if (kind !== 'number' && Number.isFinite(n) && n >= 0) return excelSerialToIso(n, kind, date1904);
      return numberText(cell.value);
    }
  }
}
