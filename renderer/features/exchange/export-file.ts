import type { ProjectBackup } from '../../../shared/backup/format';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { writeQdc } from '../../../shared/exchange/refi/write/qdc';
import { writeQdpx } from '../../../shared/exchange/refi/write/qdpx';
import { codebookTable, segmentsTable, tableToCsv } from '../../../shared/exchange/segments-table';
import { tablesToXlsx } from '../../../shared/exchange/segments-table-xlsx';
import type { Code, Theme, ThemeCode } from '../../../shared/model';
import type { CsvSeparator } from '../../../shared/retrieval/csv-unparse';
import { appName, appVersion } from '../../../shared/version';

export const exportFormats = ['qdpx', 'qdc', 'segments-csv', 'segments-xlsx', 'codebook-csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportFile {
  /** Text, or bytes on a plain ArrayBuffer: what the platform bridge's save takes (never a shared buffer). */
  data: Uint8Array<ArrayBuffer> | string;
  extension: string;
  filter: string;
  /** Codings left out of a .qdpx because they do not fit their source's text (damaged rows). */
  skippedCodings: number;
}

/** The file name's stem: the project's name with nothing a file system would refuse. */
export function exportFileStem(name: string): string {
  return name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'kodebok';
}

/**
 * The project (as a backup reads it: every table of the project) in one exchange format; null for
 * a .qdc of a project without codes, which REFI cannot express.
 */
export function exportFile(
  backup: Pick<ProjectBackup, 'project' | 'tables' | 'schemaVersion'>,
  format: ExportFormat,
  separator: CsvSeparator,
  labels: { segmentsSheet: string; codebookSheet: string },
): ExportFile | null {
  const project: ExchangeProject = { project: backup.project, tables: backup.tables };
  const origin = `${appName} ${appVersion}`;
  switch (format) {
    case 'qdpx': {
      const { bytes, skippedCodings } = writeQdpx(project, { origin, schemaVersion: backup.schemaVersion, appVersion });
      return { data: new Uint8Array(bytes), extension: 'qdpx', filter: 'REFI-QDA', skippedCodings: skippedCodings.length };
    }
    case 'qdc': {
      const xml = writeQdc(backup.tables.codes as unknown as Code[], origin, {
        themes: backup.tables.themes as unknown as Theme[],
        themeCodes: backup.tables.themeCodes as unknown as ThemeCode[],
      });
      return xml === null ? null : { data: xml, extension: 'qdc', filter: 'REFI-QDA', skippedCodings: 0 };
    }
    case 'segments-csv':
      return { data: tableToCsv(segmentsTable(project), separator), extension: 'csv', filter: 'CSV', skippedCodings: 0 };
    case 'codebook-csv':
      return { data: tableToCsv(codebookTable(project), separator), extension: 'csv', filter: 'CSV', skippedCodings: 0 };
    case 'segments-xlsx':
      return {
        data: new Uint8Array(
          tablesToXlsx([
            { name: labels.segmentsSheet, table: segmentsTable(project) },
            { name: labels.codebookSheet, table: codebookTable(project) },
          ]),
        ),
        extension: 'xlsx',
        filter: 'Excel',
        skippedCodings: 0,
      };
  }
}
