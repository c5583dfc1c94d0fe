import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisMethod } from '../../../shared/model';
import { useApp } from '../../services/AppContext';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { reportFile, reportLanguageOf, type ReportFormat } from './report-file';

const formats: { format: ReportFormat; filter: string }[] = [
  { format: 'md', filter: 'Markdown' },
  { format: 'docx', filter: 'Word' },
];

/**
 * Exports the results section of an analysis — for STC one heading per code group, analytic text,
 * golden quotes with source, speaker and offsets; for thematic analysis one per theme with its
 * definition, codes and quotes; then the counts table and the audit trail — as Markdown or .docx,
 * in the UI's language, saved where the user chooses (a download in the browser build).
 */
export function ReportExport({ projectId, method }: { projectId: string; method: AnalysisMethod }) {
  const { t, i18n } = useTranslation();
  const { bridge, reportError } = useApp();
  const { reports } = useStore();
  const toast = useToast();
  const [busy, setBusy] = useState<ReportFormat | null>(null);

  const save = async (format: ReportFormat, filter: string) => {
    setBusy(format);
    try {
      const data = await reportFile(reports, projectId, method, reportLanguageOf(i18n.language), format);
      const saved = await bridge.saveFile({ suggestedName: `${t(`${method}.report.fileName`)}.${format}`, filters: [{ name: filter, extensions: [format] }], data });
      if (saved.saved) toast({ message: t(`${method}.report.exported`, { file: saved.fileName }) });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-export" role="group" aria-label={t(`${method}.report.label`)}>
      <span className="muted small">{t(`${method}.report.title`)}</span>
      {formats.map(({ format, filter }) => (
        <button key={format} type="button" className="button" disabled={busy !== null} aria-busy={busy === format} onClick={() => void save(format, filter)}>
          {t(`${method}.report.${format}`)}
        </button>
      ))}
    </div>
  );
}
