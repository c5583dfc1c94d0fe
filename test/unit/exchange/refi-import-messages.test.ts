import { strToU8 } from 'fflate';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { refiErrorCodes, refiWarningCodes } from '../../../shared/exchange/refi/read';
import { initI18n } from '../../../renderer/i18n';
import { en } from '../../../renderer/i18n/en';
import { nb } from '../../../renderer/i18n/nb';
import { nn } from '../../../renderer/i18n/nn';
import { isQdcFile, readQdcCodebook } from '../../../renderer/features/exchange/import-qdc';
import { readBytes } from './refi-read-helpers';

const catalogues = { en, nb, nn } as const;

/** Keys of a block, a plural pair (`x_one`, `x_other`) counted once as `x`. */
const keys = (block: Record<string, unknown>) => new Set(Object.keys(block).map((k) => k.replace(/_(one|other)$/, '')));

describe('REFI import messages', () => {
  it.each(Object.keys(catalogues) as (keyof typeof catalogues)[])('every error and warning code has a %s text', (language) => {
    const block = catalogues[language].exchangeImport;
    expect([...keys(block.error)].sort()).toEqual([...refiErrorCodes].sort());
    expect([...keys(block.warning)].sort()).toEqual([...refiWarningCodes].sort());
  });

  let i18next: i18n;
  beforeAll(async () => {
    i18next = await initI18n('nn');
  });

  it('a refused file reads in Nynorsk with the file and the place filled in', async () => {
    const result = await readBytes(strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Project name="&a;"/>'), 'studie.qdpx');
    if (result.ok) throw new Error('should have been refused');
    const text = i18next.t(`exchangeImport.error.${result.error.code}`, result.error.params);
    expect(text).toBe('studie.qdpx inneheld ein dokumenttypedeklarasjon (DOCTYPE), som REFI-QDA-filer aldri har; ho vart avvist for å verne datamaskina di.');
  });
});

describe('a .qdc picked on the Codebook screen', () => {
  const qdc = strToU8(
    '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>' +
      '<Code guid="00000000-0000-4000-8000-000000000001" name="Frister" isCodable="true" color="#AA3300"><Description>Når svaret kommer</Description>' +
      '<Code guid="00000000-0000-4000-8000-000000000002" name="Ventetid" isCodable="true"/></Code></Codes></CodeBook>',
  );

  it('becomes a codebook document with its tree, colours and definitions, for the one-step codebook import', async () => {
    expect(isQdcFile('Kodebok.QDC')).toBe(true);
    expect(isQdcFile('kodebok.json')).toBe(false);
    const read = await readQdcCodebook('Veiledning.qdc', qdc, 'nb');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.document.name).toBe('Veiledning');
    expect(read.document.codes).toMatchObject([
      { name: 'Frister', color: '#aa3300', definition: 'Når svaret kommer', children: [{ name: 'Ventetid', children: [] }] },
    ]);
  });

  it('refuses a project file given as a codebook', async () => {
    const project = strToU8('<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>');
    const read = await readQdcCodebook('prosjekt.qdc', project, 'nb');
    expect(read).toEqual({ ok: false, error: { code: 'refi-not-refi', params: { file: 'prosjekt.qdc', element: 'Project' } } });
  });
});
