import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model';
import { useApp } from '../../services/AppContext';
import { nowIso } from '../../store/ids';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { othersImportable, prepareBatch } from './batch';
import { CaseAttributesPanel } from './CaseAttributesPanel';
import { DropZone } from './DropZone';
import { FilePreview } from './FilePreview';
import { useImportBatch } from './useImportBatch';

export const importFilters = [
  { name: 'Transkripsjoner og dialoger / Transcripts and dialogues', extensions: ['txt', 'docx', 'pdf', 'vtt', 'srt', 'csv', 'xlsx'] },
];

/** File > Import…, drag and drop, the preview, and the one-transaction commit. */
export function ImportPanel({ project, openPicker }: { project: Project; openPicker: number }) {
  const { t } = useTranslation();
  const { bridge, reportError } = useApp();
  const { sources } = useStore();
  const toast = useToast();
  const batch = useImportBatch(project.id);
  const [committing, setCommitting] = useState(false);

  const pick = async () => {
    try {
      await batch.add(await bridge.openFiles({ multiple: true, filters: importFilters }));
    } catch (error) {
      reportError(error);
    }
  };

  // The menu's File > Import… bumps openPicker.
  useEffect(() => {
    if (openPicker > 0) void pick();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openPicker]);

  const prepared = useMemo(() => prepareBatch(batch.entries, nowIso()), [batch.entries]);
  const commit = async () => {
    setCommitting(true);
    try {
      const written = await sources.importSources(project.id, prepared);
      batch.clear();
      toast({ message: t('import.done', { count: written.length }) });
    } catch (error) {
      reportError(error);
    } finally {
      setCommitting(false);
    }
  };

  return (
    <section className="import-panel" aria-labelledby="import-title">
      <h2 id="import-title" className="visually-hidden">
        {t('import.button')}
      </h2>
      <DropZone onFiles={(files) => void batch.add(files)}>
        <button type="button" className="button button-primary" onClick={() => void pick()} aria-keyshortcuts="Control+I">
          {t('import.button')}
        </button>
      </DropZone>

      {batch.progress && (
        <div className="progress-row" role="status">
          <label>
            {t('import.parsing', { file: batch.progress.fileName, index: batch.progress.index, total: batch.progress.total })}
            <progress max={batch.progress.total} value={batch.progress.index - 1} />
          </label>
          <button type="button" className="button" onClick={batch.cancel}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      {batch.cancelled && <p role="status">{t('import.cancelled')}</p>}

      {batch.entries.length > 0 && (
        <div className="import-preview">
          <h2>{t('import.previewTitle')}</h2>
          <p className="lead">{t('import.previewIntro')}</p>
          <CaseAttributesPanel entries={batch.entries} onEntries={batch.updateAll} />
          {batch.entries.map((entry) => (
            <FilePreview
              key={entry.key}
              entry={entry}
              deadlineHours={project.settings.answerDeadlineHours}
              othersImportable={othersImportable(batch.entries, entry)}
              onChange={(next) => batch.update(entry.key, () => next)}
            />
          ))}
          <div className="import-actions">
            <button type="button" className="button" onClick={batch.clear} disabled={committing}>
              {t('import.discard')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void commit()}
              disabled={committing || prepared.length === 0 || batch.progress !== null}
              aria-busy={committing}
            >
              {committing ? t('import.committing') : t('import.commit', { count: prepared.length })}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
