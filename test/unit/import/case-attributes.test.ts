import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeImportEnvironment } from '../../../cli/node-environment';
import {
  caseKey,
  guessKeyColumn,
  ImportError,
  listSpeakers,
  matchCaseAttributes,
  readCsv,
  readTableFile,
  type CaseSource,
} from '../../../shared/import';
import { makeXlsx } from '../../fixtures/import/make-xlsx';
import { encode, importBytes, utf8 } from './import-helpers';

const sample = (path: string) => new Uint8Array(readFileSync(new URL(`../../../sample-data/${path}`, import.meta.url)));

const interviews: CaseSource[] = [
  { names: ['intervju-01-veileder', 'intervju-01-veileder.txt'], speakers: ['I', 'IP'] },
  { names: ['Intervju 2 (nynorsk)', 'intervju-02-veileder-nynorsk', 'intervju-02-veileder-nynorsk.txt'], speakers: ['Intervjuar', 'Informant'] },
  { names: ['intervju-03-veileder', 'intervju-03-veileder.docx'], speakers: ['I', 'IP'] },
];

describe('case attributes from a table', () => {
  it('fills each source from the row keyed by its file name or title, and reports the rows left over', () => {
    const table = readCsv(
      [
        'kilde;kjønn;erfaring;kontor',
        'intervju-01-veileder.txt;kvinne;6 år;<Navn på kontor 1>',
        'Intervju 2 (nynorsk);mann;14 år;',
        'intervju-04-veileder;kvinne;2 år;<Navn på kontor 2>',
        ';mann;1 år;',
      ].join('\n'),
      'informanter.csv',
    );
    expect(guessKeyColumn(table, interviews)).toBe('kilde');
    const match = matchCaseAttributes(table, 'kilde', interviews);
    expect(match.attributes).toEqual([
      { kjønn: 'kvinne', erfaring: '6 år', kontor: '<Navn på kontor 1>' },
      // An empty cell sets nothing, so it does not wipe a value the source already has.
      { kjønn: 'mann', erfaring: '14 år' },
      {},
    ]);
    expect(match.matchedBy).toEqual(['source', 'source', null]);
    expect(match.unmatched).toEqual([
      { line: 4, key: 'intervju-04-veileder' },
      { line: 5, key: '' },
    ]);
  });

  it('compares keys without regard to case, spacing, separators or extension', () => {
    expect(caseKey('  Intervju_01 – Veileder.DOCX ')).toBe(caseKey('intervju-01-veileder'));
    expect(caseKey('Deltaker  3')).toBe('deltaker 3');
  });

  it('reports keys given twice and uses the first row', () => {
    const table = readCsv('kilde,gruppe\nintervju-01-veileder,A\nINTERVJU-01-VEILEDER,B\n', 'a.csv');
    const match = matchCaseAttributes(table, 'kilde', interviews);
    expect(match.attributes[0]).toEqual({ gruppe: 'A' });
    expect(match.duplicates).toEqual([{ key: 'intervju-01-veileder', lines: [2, 3] }]);
  });

  it('deltakere.csv: participants of the focus group give it their shared group; what differs is reported', async () => {
    const focusGroup = await importBytes('fokusgruppe-vignett.txt', sample('fokusgrupper/fokusgruppe-vignett.txt'));
    const sources: CaseSource[] = [
      {
        names: ['fokusgruppe-vignett', 'fokusgruppe-vignett.txt'],
        speakers: listSpeakers(focusGroup.sources).map((s) => s.speaker),
      },
      ...interviews,
    ];
    const table = readTableFile('deltakere.csv', sample('fokusgrupper/deltakere.csv'), nodeImportEnvironment);
    expect(guessKeyColumn(table, sources)).toBe('deltaker');
    const match = matchCaseAttributes(table, 'deltaker', sources);
    expect(match.matchedBy).toEqual(['speakers', null, null, null]);
    expect(match.attributes[0]).toEqual({ gruppe: 'Gruppe A' });
    expect(match.speakers[0]).toEqual(['Deltaker 1', 'Deltaker 2', 'Deltaker 3', 'Deltaker 4', 'Deltaker 5']);
    expect(match.varying[0]).toEqual(['rolle', 'aldersgruppe', 'arbeidssted']);
    expect(match.unmatched).toEqual([]);
  });

  it('the same rows from a file named as a source win over speaker rows', () => {
    const table = readCsv('navn,gruppe\nfokusgruppe-vignett,B\nDeltaker 1,A\n', 'a.csv');
    const match = matchCaseAttributes(table, 'navn', [{ names: ['fokusgruppe-vignett'], speakers: ['Deltaker 1'] }]);
    expect(match.matchedBy).toEqual(['source']);
    expect(match.attributes[0]).toEqual({ gruppe: 'B' });
    expect(match.unmatched).toEqual([{ line: 3, key: 'Deltaker 1' }]);
  });

  it('falls back to the first column when no column matches anything', () => {
    const table = readCsv('a,b\nx,y\n', 'a.csv');
    expect(guessKeyColumn(table, interviews)).toBe('a');
    expect(matchCaseAttributes(table, 'a', interviews).unmatched).toEqual([{ line: 2, key: 'x' }]);
  });
});

describe('readTableFile', () => {
  it('reads CSV in windows-1252 and Excel workbooks alike', () => {
    const csv = readTableFile('d.csv', encode('deltaker;arbeidssted\r\nDeltaker 1;Tromsø\r\n', 'windows-1252'), nodeImportEnvironment);
    expect(csv.rows[0]!.cells).toEqual(['Deltaker 1', 'Tromsø']);
    const xlsx = readTableFile('d.xlsx', makeXlsx([{ name: 'Ark1', rows: [['deltaker', 'alder'], ['Deltaker 1', 34]] }]), nodeImportEnvironment);
    expect(xlsx).toMatchObject({ headers: ['deltaker', 'alder'], rows: [{ cells: ['Deltaker 1', '34'], line: 2 }] });
  });

  it('refuses what is not a table, naming the file', () => {
    expect(() => readTableFile('bilde.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), nodeImportEnvironment)).toThrow(
      ImportError,
    );
    expect(() => readTableFile('tom.csv', utf8(''), nodeImportEnvironment)).toThrow(/"tom.csv" is empty/);
  });
});
