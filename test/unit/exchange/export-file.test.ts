import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDemoProjectRows } from '../../../cli/demo-report-project';
import { latestSchemaVersion } from '../../../shared/migrations';
import { exportFile, exportFileStem, exportFormats } from '../../../renderer/features/exchange/export-file';

const labels = { segmentsSheet: 'Segmenter', codebookSheet: 'Kodebok' };

describe('the app’s export files', () => {
  it('gives every format of the demo project a file with its extension', async () => {
    const demo = await loadDemoProjectRows('nb');
    const backup = { ...demo, schemaVersion: latestSchemaVersion };
    const extensions = exportFormats.map((format) => exportFile(backup, format, ';', labels)!.extension);
    expect(extensions).toEqual(['qdpx', 'qdc', 'csv', 'xlsx', 'csv']);
    const xlsx = exportFile(backup, 'segments-xlsx', ';', labels)!.data as Uint8Array;
    expect(strFromU8(unzipSync(xlsx)['xl/workbook.xml']!)).toContain('<sheet name="Segmenter"');
    expect(String(exportFile(backup, 'codebook-csv', ';', labels)!.data).split('\r\n')[0]).toContain('code_path;name;');
  });

  it('has no .qdc for a project without codes, and names files after the project safely', async () => {
    const demo = await loadDemoProjectRows('nb');
    demo.tables.codes = [];
    expect(exportFile({ ...demo, schemaVersion: latestSchemaVersion }, 'qdc', ',', labels)).toBeNull();
    expect(exportFileStem('Demo: Grensearbeid / «dialoger»')).toBe('Demo Grensearbeid  dialoger');
    expect(exportFileStem('../..')).toBe('kodebok');
  });
});
