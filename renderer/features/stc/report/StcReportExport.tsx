import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../services/AppContext';
import { useStore } from '../../../store/StoreProvider';
import { useToast } from '../../../ui/Toasts';
import { reportLanguageOf, stcReportFile, type StcReportFormat } from './stc-report-file';

const formats: { format: StcReportFormat; filter: string }[] = [
  { format: 'md', filter: 'Markdown' },
  { format: 'docx', filter: 'Word' },
];

/**
 * Exports the STC results section — one heading per code group, analytic text, golden quotes with
 * source, speaker and offsets, the counts table and the audit trail — as Markdown or .docx, in the
 * UI's language, saved where the user chooses (a download in the browser build).
 */
export function StcReportExport({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const { bridge, reportError } = useApp();
  const { reports } = useStore();
  const toast = useToast();
  const [busy, setBusy] = useState<StcReportFormat | null>(null);

  const save = async (format: StcReportFormat, filter: string) => {
    setBusy(format);
    try {
      const data = await stcReportFile(reports, projectId, reportLanguageOf(i18n.language), format);
      const saved = await bridge.saveFile({ suggestedName: `${t('stc.report.fileName')}.${format}`, filters: [{ name: filter, extensions: [format] }], data });
      if (saved.saved) toast({ message: t('stc.report.exported', { file: saved.fileName }) });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stc-report-export" role="group" aria-label={t('stc.report.label')}>
      <span className="muted small">{t('stc.report.title')}</span>
      {formats.map(({ format, filter }) => (
        <button key={format} type="button" className="button" disabled={busy !== null} aria-busy={busy === format} onClick={() => void save(format, filter)}>
          {t(`stc.report.${format}`)}
        </button>
      ))}
    </div>
  );
}
