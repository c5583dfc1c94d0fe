import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model';
import type { CsvSeparator } from '../../../shared/retrieval/csv-unparse';
import { useApp } from '../../services/AppContext';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { exportFile, exportFileStem, exportFormats, type ExportFormat } from './export-file';
import './exchange.css';

const defaultSeparator = (language: string): CsvSeparator => (language === 'en' ? ',' : ';');

/**
 * Analysis > Export: the whole project for other tools. REFI-QDA (.qdpx) for NVivo, ATLAS.ti,
 * MAXQDA and QualCoder — and back into Kodebok without losing anything —, the codebook as .qdc, and
 * the coded segments as CSV or Excel for SPSS, R or Excel. Saved where the user chooses (a
 * download in the browser build), like the reports.
 */
export function ExportPanel({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const { bridge, reportError } = useApp();
  const { backups } = useStore();
  const toast = useToast();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [separator, setSeparator] = useState<CsvSeparator | null>(null);
  const csvSeparator = separator ?? defaultSeparator(i18n.language);

  const save = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const backup = await backups.readBackup(project.id);
      const file = exportFile(backup, format, csvSeparator, {
        segmentsSheet: t('exchangeExport.segmentsSheet'),
        codebookSheet: t('exchangeExport.codebookSheet'),
      });
      if (file === null) {
        toast({ message: t('exchangeExport.noCodes') });
        return;
      }
      const stem = exportFileStem(project.name);
      const suffix = format === 'codebook-csv' ? `-${t('exchangeExport.codebookFileSuffix')}` : format === 'segments-csv' || format === 'segments-xlsx' ? `-${t('exchangeExport.segmentsFileSuffix')}` : '';
      const saved = await bridge.saveFile({
        title: t(`exchangeExport.format.${format}.button`),
        suggestedName: `${stem}${suffix}.${file.extension}`,
        filters: [{ name: file.filter, extensions: [file.extension] }],
        data: file.data,
      });
      if (!saved.saved) return;
      toast({
        message:
          file.skippedCodings > 0
            ? t('exchangeExport.savedSkipped', { file: saved.fileName, count: file.skippedCodings })
            : t('exchangeExport.saved', { file: saved.fileName }),
      });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="exchange-export" aria-labelledby="exchange-export-title">
      <h2 id="exchange-export-title">{t('exchangeExport.title')}</h2>
      <p className="muted">{t('exchangeExport.intro')}</p>
      <ul className="exchange-export-list">
        {exportFormats.map((format) => (
          <li key={format} className="card">
            <button type="button" className="button" disabled={busy !== null} aria-busy={busy === format} aria-describedby={`export-${format}-about`} onClick={() => void save(format)}>
              {t(`exchangeExport.format.${format}.button`)}
            </button>
            <p id={`export-${format}-about`} className="muted small">
              {t(`exchangeExport.format.${format}.about`)}
            </p>
          </li>
        ))}
      </ul>
      <label className="field-compact">
        <span>{t('exchangeExport.separator')}</span>
        <select value={csvSeparator} onChange={(e) => setSeparator(e.target.value as CsvSeparator)}>
          <option value=";">{t('retrieval.csv.semicolon')}</option>
          <option value=",">{t('retrieval.csv.comma')}</option>
        </select>
      </label>
    </section>
  );
}
