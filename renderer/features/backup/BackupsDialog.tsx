import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model';
import type { BackupListResult } from '../../../shared/ipc/contract';
import { useApp } from '../../services/AppContext';
import { useModal } from '../../ui/useModal';
import { formatDateTime, formatFileSize } from '../../i18n/format';

import { requestRestore } from './restore-requests';

const keepRange = { min: 1, max: 200 };

/**
 * A project's stored backups, newest first, each restorable (as a new project) and, in the
 * browser, downloadable; plus how many to keep. Backups belong to the project by id, so a renamed
 * project keeps its list.
 */
export function BackupsDialog({ project, onClose }: { project: Project | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { bridge, settings, updateSetting, reportError } = useApp();
  const ref = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<BackupListResult | null>(null);
  const [keep, setKeep] = useState(String(settings.backupsToKeep));
  useModal(ref, project !== null);

  useEffect(() => {
    setList(null);
    setKeep(String(settings.backupsToKeep));
    if (!project) return;
    let current = true;
    bridge.listBackups(project.id).then(
      (result) => current && setList(result),
      (error: unknown) => current && reportError(error),
    );
    return () => {
      current = false;
    };
    // The setting is read when the dialog opens; typing in the field must not reload the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, bridge, reportError]);

  const saveKeep = () => {
    const n = Math.round(Number(keep));
    if (Number.isFinite(n) && n >= keepRange.min && n <= keepRange.max) void updateSetting('backupsToKeep', n);
    else setKeep(String(settings.backupsToKeep));
  };

  const when = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide backups-dialog"
      aria-labelledby="backups-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="backups-title">{t('backup.listTitle', { name: project?.name ?? '' })}</h2>
      {list && (
        <p className="backups-intro">
          {list.folder ? t('backup.listIntroFolder', { folder: list.folder }) : t('backup.listIntroBrowser')}
        </p>
      )}
      {list && list.backups.length === 0 && <p className="empty">{t('backup.listEmpty')}</p>}
      {list && list.backups.length > 0 && (
        <div className="backups-table-scroll">
          <table className="table backups-table">
            <caption className="visually-hidden">{t('backup.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup.savedAt')}</th>
                <th scope="col">{t('backup.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('backup.restoreThis')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((backup) => (
                <tr key={backup.id}>
                  <td title={backup.fileName}>{when(backup.savedAt)}</td>
                  <td>{formatFileSize(backup.sizeBytes, i18n.language)}</td>
                  <td>
                    <div className="backups-actions">
                      <button
                        type="button"
                        className="button"
                        aria-label={t('backup.restoreThisLabel', { when: when(backup.savedAt) })}
                        onClick={() => {
                          onClose();
                          requestRestore({ kind: 'stored', id: backup.id, fileName: backup.fileName });
                        }}
                      >
                        {t('backup.restoreThis')}
                      </button>
                      {bridge.downloadStoredBackup && (
                        <button
                          type="button"
                          className="button"
                          aria-label={t('backup.downloadLabel', { when: when(backup.savedAt) })}
                          onClick={() => void bridge.downloadStoredBackup?.(backup.id).catch(reportError)}
                        >
                          {t('backup.download')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <label className="field backups-keep">
        <span>{t('backup.keep')}</span>
        <input
          type="number"
          min={keepRange.min}
          max={keepRange.max}
          value={keep}
          onChange={(e) => setKeep(e.target.value)}
          onBlur={saveKeep}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveKeep();
          }}
          aria-describedby="backups-keep-hint"
        />
        <small id="backups-keep-hint">{t('backup.keepHint')}</small>
      </label>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          {t('backup.close')}
        </button>
      </div>
    </dialog>
  );
}
