import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planRestore, type BackupProblem, type BackupSummary, type DecodedBackup } from '../../../shared/backup';
import { latestSchemaVersion } from '../../../shared/migrations';
import { useApp } from '../../services/AppContext';
import { onCommand } from '../../services/menu-commands';
import { navigate } from '../../services/routes';
import { newId, nowIso } from '../../store/ids';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { useModal } from '../../ui/useModal';
import { formatDateTime } from '../../i18n/format';
import { readBackupFile } from './read-backup';
import { onRestoreRequest, type RestoreSource } from './restore-requests';

type Problem = BackupProblem | { code: 'unreadable' };

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'summary'; file: string; backup: DecodedBackup; summary: BackupSummary; restoring: boolean }
  | { kind: 'failed'; file: string; problem: Problem };

/** Room for the "(restored)" suffix within the 200 characters a project name may have. */
const maxRestoredBaseName = 180;

/**
 * File > Restore from backup… and the Restore buttons of the Backups list: read the file, show what
 * it holds, and only on confirmation write it as a new project (one transaction) and open it. A
 * file that cannot be trusted is refused with a reason, and nothing is written.
 */
export function RestoreFlow() {
  const { t, i18n } = useTranslation();
  const { bridge, updateSetting, reportError } = useApp();
  const { projects, backups } = useStore();
  const toast = useToast();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, step.kind !== 'idle');

  const start = useCallback(
    async (source: RestoreSource) => {
      let file = source.kind === 'stored' ? source.fileName : '';
      let bytes: Uint8Array;
      try {
        if (source.kind === 'pick') {
          const picked = await bridge.pickBackupFile();
          if (!picked) return;
          file = picked.name;
          setStep({ kind: 'reading', file });
          bytes = picked.bytes;
        } else {
          setStep({ kind: 'reading', file });
          bytes = await bridge.readStoredBackup(source.id);
        }
      } catch (error) {
        console.error(error);
        setStep({ kind: 'failed', file, problem: { code: 'unreadable' } });
        return;
      }
      const read = await readBackupFile(bytes);
      setStep(
        read.ok
          ? { kind: 'summary', file, ...read, restoring: false }
          : { kind: 'failed', file, problem: read.problem },
      );
    },
    [bridge],
  );

  useEffect(() => {
    const run = (source: RestoreSource) => void start(source);
    const stopCommands = onCommand((command) => command === 'restore-backup' && run({ kind: 'pick' }));
    const stopRequests = onRestoreRequest(run);
    return () => {
      stopCommands();
      stopRequests();
    };
  }, [start]);

  const close = () => setStep({ kind: 'idle' });

  const confirm = async () => {
    if (step.kind !== 'summary' || step.restoring) return;
    setStep({ ...step, restoring: true });
    try {
      const name = t('backup.restoredName', { name: step.summary.projectName.slice(0, maxRestoredBaseName) });
      const project = await backups.restoreBackup(planRestore(step.backup, newId, nowIso(), { name }));
      await projects.markProjectOpened(project.id);
      await updateSetting('currentProjectId', project.id);
      close();
      toast({ message: t('backup.restored', { name: project.name }) });
      navigate('sources');
    } catch (error) {
      close();
      reportError(error);
    }
  };

  const when = (iso: string) => (iso && !Number.isNaN(Date.parse(iso)) ? formatDateTime(iso, i18n.language) : '–');

  return (
    <dialog
      ref={ref}
      className="dialog restore-dialog"
      aria-labelledby="restore-title"
      onCancel={(e) => {
        e.preventDefault();
        if (step.kind !== 'summary' || !step.restoring) close();
      }}
    >
      {step.kind === 'reading' && (
        <>
          <h2 id="restore-title">{t('backup.restore')}</h2>
          <p role="status">{t('backup.reading', { file: step.file })}</p>
        </>
      )}
      {step.kind === 'failed' && (
        <>
          <h2 id="restore-title">{t('backup.failedTitle')}</h2>
          <p role="alert" className="restore-problem">
            {t(`backup.problem.${step.problem.code}`, { file: step.file, ...step.problem })}
          </p>
          <p>{t('backup.nothingChanged')}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={close} autoFocus>
              {t('backup.close')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'summary' && (
        <>
          <h2 id="restore-title">{t('backup.summaryTitle', { name: step.summary.projectName })}</h2>
          <p>{t('backup.summaryIntro', { file: step.file })}</p>
          <dl className="restore-summary">
            <dt>{t('backup.project')}</dt>
            <dd>{step.summary.projectName}</dd>
            <dt>{t('backup.created')}</dt>
            <dd>{when(step.summary.createdAt)}</dd>
            <dt>{t('backup.backedUp')}</dt>
            <dd>{when(step.summary.exportedAt)}</dd>
            <dt>{t('backup.contents')}</dt>
            <dd>
              <ul className="restore-counts">
                <li>{t('backup.sources', { count: step.summary.counts.sources })}</li>
                <li>{t('backup.codes', { count: step.summary.counts.codes })}</li>
                <li>{t('backup.codings', { count: step.summary.counts.codings })}</li>
                <li>{t('backup.memos', { count: step.summary.counts.memos })}</li>
              </ul>
            </dd>
            <dt>{t('backup.formatVersion')}</dt>
            <dd>
              {step.summary.schemaVersion < latestSchemaVersion
                ? t('backup.formatOlder', {
                    version: step.summary.schemaVersion,
                    app: step.summary.appVersion || '?',
                    current: latestSchemaVersion,
                  })
                : t('backup.formatCurrent', {
                    version: step.summary.schemaVersion,
                    app: step.summary.appVersion || '?',
                  })}
            </dd>
          </dl>
          <p className="restore-checksum">
            {step.summary.checksum === 'verified' ? t('backup.checksumVerified') : t('backup.checksumAbsent')}
          </p>
          {step.summary.warnings.length > 0 && (
            <ul className="restore-warnings">
              {step.summary.warnings.map((w) => (
                <li key={w.code}>{t(`backup.warning.${w.code}`, { count: w.count })}</li>
              ))}
            </ul>
          )}
          <p>{t('backup.asNewProject')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close} disabled={step.restoring} autoFocus>
              {t('backup.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void confirm()}
              disabled={step.restoring}
              aria-busy={step.restoring}
            >
              {step.restoring ? t('backup.restoring') : t('backup.confirm')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
