import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  guessKeyColumn,
  ImportError,
  matchCaseAttributes,
  readTableFile,
  type CaseAttributeMatch,
  type Table,
} from '../../../shared/import';
import { useApp } from '../../services/AppContext';
import { applyCaseAttributes, caseTargets, type FileEntry } from './batch';
import { importFailureText } from './import-failure-text';
import { webImportEnvironment } from './web-environment';

const tableFilters = [{ name: 'CSV / Excel', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }];

interface Report {
  match: CaseAttributeMatch;
  titles: string[];
}

function describeValues(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');
}

/**
 * Case attributes for the previewed sources from a CSV or Excel table (e.g. deltakere.csv): the
 * rows are matched to sources by title or file name (or to a focus group's speakers), the values
 * fill each source's attributes in the preview, and rows that matched nothing are listed.
 */
export function CaseAttributesPanel(props: {
  entries: FileEntry[];
  onEntries: (change: (entries: FileEntry[]) => FileEntry[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const { bridge, reportError } = useApp();
  const [loaded, setLoaded] = useState<{ fileName: string; table: Table } | null>(null);
  const [keyColumn, setKeyColumn] = useState('');
  const [failure, setFailure] = useState<{ error: ImportError; fileName: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  const fill = (table: Table, column: string) => {
    const targets = caseTargets(props.entries);
    const match = matchCaseAttributes(table, column, targets.map((target) => target.source));
    props.onEntries((entries) => applyCaseAttributes(entries, targets, match));
    setReport({ match, titles: targets.map((target) => target.title) });
  };

  const load = async () => {
    let fileName = '';
    try {
      const [file] = await bridge.openFiles({ multiple: false, filters: tableFilters });
      if (!file) return;
      fileName = file.name;
      setFailure(null);
      const table = readTableFile(file.name, file.bytes, webImportEnvironment);
      const column = guessKeyColumn(table, caseTargets(props.entries).map((target) => target.source));
      setLoaded({ fileName: file.name, table });
      setKeyColumn(column);
      fill(table, column);
    } catch (error) {
      if (error instanceof ImportError) {
        setFailure({ error, fileName });
        setLoaded(null);
        setReport(null);
      } else reportError(error);
    }
  };

  const matched = report ? report.match.matchedBy.flatMap((by, i) => (by ? [i] : [])) : [];
  return (
    <section className="card case-attributes" aria-labelledby="case-attributes-title">
      <h3 id="case-attributes-title">{t('import.caseAttributes.title')}</h3>
      <p className="muted small">{t('import.caseAttributes.intro')}</p>
      <button type="button" className="button" onClick={() => void load()}>
        {t('import.caseAttributes.load')}
      </button>
      {failure && (
        <p role="alert">
          {failure.error.line !== null && <strong>{t('import.failedLine', { line: failure.error.line })}: </strong>}
          {importFailureText(t, i18n.language, failure.error, failure.fileName)}
        </p>
      )}
      {loaded && <p>{t('import.caseAttributes.loaded', { file: loaded.fileName, count: loaded.table.rows.length })}</p>}
      {loaded && (
        <div className="form-row">
          <label className="field">
            <span>{t('import.caseAttributes.keyColumn')}</span>
            <select value={keyColumn} onChange={(e) => setKeyColumn(e.target.value)}>
              {loaded.table.headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => fill(loaded.table, keyColumn)}>
            {t('import.caseAttributes.apply')}
          </button>
        </div>
      )}
      {report && (
        <div className="case-attributes-report">
          <p role="status">
            {matched.length > 0
              ? t('import.caseAttributes.filled', { count: matched.length, column: report.match.keyColumn })
              : t('import.caseAttributes.filledNone', { column: report.match.keyColumn })}
          </p>
          {matched.length > 0 && (
            <ul>
              {matched.map((i) => {
                const values = describeValues(report.match.attributes[i]!) || t('import.caseAttributes.noValues');
                const title = report.titles[i]!;
                return report.match.matchedBy[i] === 'source' ? (
                  <li key={i}>{t('import.caseAttributes.bySource', { title, values })}</li>
                ) : (
                  <li key={i}>
                    {t('import.caseAttributes.bySpeakers', { title, speakers: report.match.speakers[i]!.join(', '), values })}
                    {report.match.varying[i]!.length > 0 && (
                      <> {t('import.caseAttributes.varying', { columns: report.match.varying[i]!.join(', ') })}</>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {report.match.unmatched.length > 0 && (
            <>
              <p className="notice" role="note">
                {t('import.caseAttributes.unmatched', { count: report.match.unmatched.length })}
              </p>
              <ul className="unmatched-rows">
                {report.match.unmatched.map((row) => (
                  <li key={row.line}>
                    {t('import.caseAttributes.row', { line: row.line, key: row.key || t('import.caseAttributes.emptyKey') })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.match.duplicates.map((d) => (
            <p key={d.key} className="muted small">
              {t('import.caseAttributes.duplicate', { key: d.key, lines: d.lines.join(', ') })}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
