import { unzipSync, zipSync, strToU8 } from 'fflate';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeImportEnvironment } from '../../../cli/node-environment';
import { codebookProblemCodes } from '../../../shared/codebook/problems';
import { PdfReadError, readTableFile, type ImportEnvironment } from '../../../shared/import';
import { importFile } from '../../../shared/import/import-file';
import {
  ImportError,
  importErrorCodes,
  importWarningCodes,
  type ImportErrorCode,
  type ImportWarning,
} from '../../../shared/import/result';
import { initI18n } from '../../../renderer/i18n';
import { en } from '../../../renderer/i18n/en';
import { nb } from '../../../renderer/i18n/nb';
import { nn } from '../../../renderer/i18n/nn';
import { importFailureText } from '../../../renderer/features/import/import-failure-text';
import { codebookProblemText } from '../../../renderer/features/codebook/codebook-problem-text';
import { readCodebookFile } from '../../../renderer/features/codebook/codebook-files';
import { hostileFiles } from '../../fixtures/hostile/hostile-files';
import { makeScannedPdf } from '../../fixtures/import/make-pdf';
import { dialogueLogSheet, makeXlsx } from '../../fixtures/import/make-xlsx';
import { encode, fixture, importBytes, importText, utf8 } from '../import/import-helpers';

const catalogues = { en, nb, nn } as const;
type Language = keyof typeof catalogues;
const languages = Object.keys(catalogues) as Language[];

/** The strings of a catalogue block, with a plural key (`x_one`, `x_other`) also listed under `x`. */
function entries(block: Record<string, unknown>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, value] of Object.entries(block)) {
    if (typeof value !== 'string') continue;
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    found.set(base, [...(found.get(base) ?? []), value]);
  }
  return found;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();

describe('every import error, warning and codebook problem code has a translation in nb, nn and en', () => {
  const blocks = {
    'import.error': (l: Language) => catalogues[l].import.error,
    'import.warning': (l: Language) => catalogues[l].import.warning,
    'codebook.fileProblem': (l: Language) => catalogues[l].codebook.fileProblem,
  };
  const codes: Record<keyof typeof blocks, readonly string[]> = {
    'import.error': importErrorCodes,
    'import.warning': importWarningCodes,
    'codebook.fileProblem': codebookProblemCodes,
  };

  for (const [block, read] of Object.entries(blocks) as [
    keyof typeof blocks,
    (l: Language) => Record<string, unknown>,
  ][]) {
    it(`${block}: one entry per code`, () => {
      const missing = languages.flatMap((language) => {
        const have = entries(read(language));
        return codes[block].filter((code) => !have.has(code)).map((code) => `${language}: ${block}.${code}`);
      });
      expect(missing).toEqual([]);
    });

    // A Norwegian text may leave out a value en shows (mammoth's English detail), never use one en lacks.
    it(`${block}: nb and nn use no placeholder that en does not`, () => {
      const english = entries(read('en'));
      const extra = (['nb', 'nn'] as const).flatMap((language) =>
        [...entries(read(language))].flatMap(([code, texts]) => {
          const known = new Set((english.get(code) ?? []).flatMap(placeholders));
          const unknown = texts.flatMap(placeholders).filter((name) => !known.has(name));
          return unknown.length === 0 ? [] : [`${language}: ${block}.${code} uses {{${unknown.join('}}, {{')}}}`];
        }),
      );
      expect(extra).toEqual([]);
    });
  }
});

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const noPdf: ImportEnvironment = (({ extractPdfText: _, ...env }) => env)(nodeImportEnvironment);
const lockedPdf: ImportEnvironment = {
  ...nodeImportEnvironment,
  extractPdfText: () => Promise.reject(new PdfReadError('password', 'No password given')),
};

function workbookWithoutSheet(): Uint8Array {
  const files = unzipSync(makeXlsx([dialogueLogSheet]));
  delete files['xl/worksheets/sheet1.xml'];
  return zipSync(files);
}

function workbookWithDoctype(): Uint8Array {
  const files = unzipSync(makeXlsx([dialogueLogSheet]));
  files['xl/worksheets/sheet1.xml'] = strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>');
  return zipSync(files);
}

/** Random-looking bytes (with NULs, like any binary file), the same on every run. */
function noise(length: number): Uint8Array {
  let seed = 7;
  return new Uint8Array(length).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
}

/** Files the parsers refuse, one or more per code they can produce here (the zip guard's codes come with it). */
/** A file the parsers refuse: the code they give, the file's name, and how to import it. */
type Refused = [ImportErrorCode, string, () => Promise<unknown>];

const refused: Refused[] = [
  ['empty-file', 'tom.txt', () => importBytes('tom.txt', new Uint8Array())],
  [
    'binary-image',
    'bilde.txt',
    () => importBytes('bilde.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
  ],
  ['binary-archive', 'logg.gz', () => importBytes('logg.gz', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]))],
  ['binary-program', 'verktøy', () => importBytes('verktøy', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]))],
  [
    'binary-file',
    'data.bin',
    () =>
      importBytes(
        'data.bin',
        new Uint8Array(64).map((_, i) => (i % 7 === 0 ? 0 : 65)),
      ),
  ],
  [
    'binary-pdf',
    'deltakere.csv',
    async () => readTableFile('deltakere.csv', fixture('intervju.pdf'), nodeImportEnvironment),
  ],
  ['zip-not-document', 'arkiv.zip', () => importBytes('arkiv.zip', zipSync({ 'a.txt': utf8('Bruker: hei') }))],
  [
    'office-legacy',
    'intervju.doc',
    () => importBytes('intervju.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])),
  ],
  ['rtf-document', 'notat.rtf', () => importText('notat.rtf', '{\\rtf1\\ansi Hei}')],
  [
    'encoding-unsupported',
    'japansk.txt',
    () => importBytes('japansk.txt', encode('こんにちは、元気ですか。今日はいい天気ですね。'.repeat(20), 'Shift_JIS')),
  ],
  ['encoding-utf16-odd', 'rar.txt', () => importBytes('rar.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))],
  ['docx-damaged', 'skadet.docx', () => importBytes('skadet.docx', noise(2048))],
  ['docx-damaged', 'arkiv.docx', () => importBytes('arkiv.docx', zipSync({ 'a.txt': utf8('hei') }))],
  [
    'docx-damaged',
    'delvis.docx',
    () => importBytes('delvis.docx', zipSync({ 'word/document.xml': strToU8('<not-xml') })),
  ],
  ['xlsx-damaged', 'skadet.xlsx', () => importBytes('skadet.xlsx', noise(2048))],
  ['xlsx-sheet-missing', 'uten-ark.xlsx', () => importBytes('uten-ark.xlsx', workbookWithoutSheet())],
  ['xlsx-no-rows', 'tom.xlsx', () => importBytes('tom.xlsx', makeXlsx([{ name: 'Ark1', rows: [] }]))],
  ['xml-doctype', 'farlig.xlsx', () => importBytes('farlig.xlsx', workbookWithDoctype())],
  ['pdf-unavailable', 'a.pdf', () => importFile({ fileName: 'a.pdf', bytes: fixture('intervju.pdf') }, noPdf)],
  [
    'pdf-protected',
    'hemmelig.pdf',
    () => importFile({ fileName: 'hemmelig.pdf', bytes: fixture('intervju.pdf') }, lockedPdf),
  ],
  ['pdf-damaged', 'rapport.pdf', () => importBytes('rapport.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))],
  ['pdf-scanned', 'skannet.pdf', () => importBytes('skannet.pdf', makeScannedPdf(1))],
  ['pdf-scanned', 'bok.pdf', () => importBytes('bok.pdf', makeScannedPdf(3))],
  ...(['zip-too-large', 'zip-ratio', 'zip-size-mismatch', 'zip-damaged', 'subtitles-no-cues'] as const).map(
    (code): Refused => {
      const file = hostileFiles.find((f) => typeof f.outcome === 'object' && f.outcome.code === code)!;
      return [code, file.fileName, () => importBytes(file.fileName, file.make())];
    },
  ),
  ['vtt-header-missing', 'opptak.vtt', () => importText('opptak.vtt', '00:00:01.000 --> 00:00:02.000\nHei')],
  ['csv-quotes', 'logg.csv', () => importText('logg.csv', 'avsender;melding\nBruker;"hei\nVeileder;hallo\n')],
  ['table-no-rows', 'tom.csv', async () => readTableFile('tom.csv', utf8(' \n\n'), nodeImportEnvironment)],
  ['table-speaker-column-missing', 'logg.csv', () => importText('logg.csv', 'hvem;melding\nBruker;hei\n')],
  ['table-text-column-missing', 'logg.csv', () => importText('logg.csv', 'avsender;hva\nBruker;hei\n')],
  [
    'table-column-not-found',
    'logg.csv',
    () =>
      importText('logg.csv', 'avsender;melding\nBruker;hei\n', {
        columnMapping: { speaker: 'avsender', text: 'melding', timestamp: 'når' },
      }),
  ],
];

describe('an import failure in the UI language', () => {
  const instances = {} as Record<Language, i18n>;
  beforeAll(async () => {
    for (const language of languages) instances[language] = await initI18n(language);
  });

  it('the cases below cover every code the parsers here can produce', () => {
    const elsewhere: ImportErrorCode[] = [
      // The zip guard's own codes, tested with it.
      'zip-entries',
      'zip-entry-name',
      // Too costly or impossible to make here: a 200 MB file, bytes the decoder rejects.
      'file-too-large',
      'encoding-undecodable',
      // Coarse reasons: codes only where a parser gives no finer one, which none does now.
      'unreadable-encoding',
      'unsupported-format',
      'malformed',
      'scanned-pdf',
      'protected-file',
      'too-large',
    ];
    const covered = new Set(refused.map(([code]) => code));
    expect(importErrorCodes.filter((code) => !covered.has(code) && !elsewhere.includes(code))).toEqual([]);
  });

  for (const [code, file, run] of refused) {
    it(`${code} (${file}): names the file, fills every placeholder, and is not the English message`, async () => {
      const error = await failure(run);
      expect(error.code).toBe(code);
      const texts = {} as Record<Language, string>;
      for (const language of languages) {
        texts[language] = importFailureText(instances[language].t, language, error, file);
        // i18next leaves a placeholder no parameter fills as it is written.
        expect(texts[language], language).not.toContain('{{');
        expect(texts[language], language).toContain(file);
        expect(texts[language], language).not.toContain(error.message);
      }
      expect(texts.nb).not.toBe(texts.en);
      expect(texts.nn).not.toBe(texts.nb);
    });
  }

  it('a damaged .docx says so and says what to try, in Norwegian', async () => {
    const error = await failure(() => importBytes('intervju.docx', noise(4096)));
    const text = importFailureText(instances.nb.t, 'nb', error, 'intervju.docx');
    expect(text).toBe(
      '«intervju.docx» kunne ikke leses som et Word-dokument: filen er skadet, eller den er ikke et Word-dokument. Åpne den i Word. Hvis den åpnes, lagre den på nytt som .docx og importer den nye filen; hvis ikke, bruk en tidligere kopi.',
    );
  });

  it('translates the column a mapping names, and formats sizes as numbers in the language', () => {
    const text = importFailureText(
      instances.nn.t,
      'nn',
      {
        reason: 'malformed',
        code: 'table-column-not-found',
        params: { field: 'timestamp', column: 'når', headers: 'avsender, melding' },
      },
      'logg.csv',
    );
    expect(text).toContain('«når» (tidspunkt)');
    const big = importFailureText(
      instances.nb.t,
      'nb',
      { reason: 'too-large', code: 'file-too-large', params: { sizeMb: 1250, limitMb: 200 } },
      'stor.txt',
    );
    expect(big).toContain('1\u00a0250 MB');
  });

  it('falls back to the reason, not the English message, for a code it does not know', () => {
    const failure = { reason: 'malformed', code: 'from-a-newer-parser', params: {} } as unknown as Parameters<
      typeof importFailureText
    >[2];
    expect(importFailureText(instances.nb.t, 'nb', failure, 'a.txt')).toBe('Filen har ikke forventet form.');
    const internal = { reason: 'internal', code: 'internal', params: {} } as const;
    expect(importFailureText(instances.nn.t, 'nn', internal, 'a.txt')).toBe('Fila kunne ikkje lesast.');
  });
});

/** Warnings the parsers give for ordinary imperfect files. */
const warned: [string, () => Promise<{ warnings: ImportWarning[] }>][] = [
  [
    'labels, delays, empty messages, text before the first speaker',
    () =>
      importText(
        'dialog.txt',
        'Innledning uten taler\n\nBruker: hei\n\nSaksbehandlar (om noen år): hallo\n\nVeileder:\n\nBruker (i morgen tidlig): ok',
      ),
  ],
  ['no speakers', () => importText('notat.txt', 'Bare tekst.\n\nMer tekst.')],
  [
    'an unreadable timestamp and an unknown delay in a table',
    () => importText('logg.csv', 'avsender;melding;tidspunkt;forsinkelse\nBruker;hei;i går;om en stund\nBruker;;;\n'),
  ],
  [
    'a guessed encoding',
    async () =>
      importBytes('gammel.txt', encode('Bruker: Hei, blåbærsyltetøy på Ærøy\n\nVeileder: Hei', 'windows-1252')),
  ],
  [
    'an unreadable cue',
    () => importText('opptak.vtt', 'WEBVTT\n\nikke en tid\nHei\n\n00:00:01.000 --> 00:00:02.000\nHei'),
  ],
  [
    'other sheets in a workbook',
    () => importBytes('logg.xlsx', makeXlsx([dialogueLogSheet, { name: 'Notater', rows: [['x']] }])),
  ],
];

describe('an import warning in the UI language', () => {
  const instances = {} as Record<Language, i18n>;
  beforeAll(async () => {
    for (const language of languages) instances[language] = await initI18n(language);
  });

  for (const [name, run] of warned) {
    it(`${name}: every placeholder is filled by the warning's parameters`, async () => {
      const { warnings } = await run();
      expect(warnings.length).toBeGreaterThan(0);
      for (const language of languages) {
        for (const w of warnings) {
          const text = instances[language].t(`import.warning.${w.code}`, { ...w.params });
          expect(text, `${language} ${w.code}`).not.toContain('{{');
          expect(text, `${language} ${w.code}`).not.toBe(`import.warning.${w.code}`);
          if (language !== 'en') expect(text).not.toContain(w.message);
        }
      }
    });
  }

  it('a Word document’s technical notes are not shown in English in the Norwegian UI', () => {
    const params = { type: 'warning', detail: 'An unrecognised element was ignored: w:foo' };
    expect(instances.nb.t('import.warning.docx-message', params)).not.toContain('unrecognised');
    expect(instances.en.t('import.warning.docx-message', params)).toContain('An unrecognised element was ignored');
  });
});

describe('a codebook file problem in the UI language', () => {
  it('keeps the place in the file and says what is wrong in Norwegian', async () => {
    const instance = await initI18n('nb');
    const read = readCodebookFile('kodebok.md', utf8('# Kodebok\n\n## Hjelp\n\n- **Farve:** rød\n- **Farge:** rød\n'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((p) => codebookProblemText(instance.t, p))).toEqual([
      'Linje 5: Ukjent merkelapp «Farve». Bruk merkelappene fra en eksportert kodebok, som Definisjon eller Farge.',
    ]);
    const json = readCodebookFile('kodebok.json', utf8('{\n  "format": "kodebok-codebook",\n  "name" "X"\n}'));
    if (json.ok) throw new Error('expected a syntax error');
    expect(codebookProblemText(instance.t, json.errors[0]!)).toMatch(
      /^Linje 3, kolonne 10: Her bryter teksten reglene for JSON/,
    );
    const colour = readCodebookFile('kodebok.md', utf8('# Kodebok\n\n## Hjelp\n\n- **Farge:** rød\n'));
    if (colour.ok) throw new Error('expected a colour problem');
    expect(codebookProblemText(instance.t, colour.errors[0]!)).toBe('Linje 5: Må være en farge som #1f6fb2.');
  });
});
