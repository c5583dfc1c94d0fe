import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planRestore } from '../../../shared/backup';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import { readRefi, type RefiError, type RefiReport } from '../../../shared/exchange/refi/read';
import { latestSchemaVersion } from '../../../shared/migrations';
import { useApp } from '../../services/AppContext';
import { onCommand } from '../../services/menu-commands';
import { navigate } from '../../services/routes';
import { newId, nowIso } from '../../store/ids';
import { useProjects } from '../../store/queries/projects';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { useModal } from '../../ui/useModal';
import { refiReadEnvironment } from './import-refi-environment';
import { onRefiImportRequest } from './import-refi-requests';
import './import-refi.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'preview'; file: string; project: ExchangeProject; report: RefiReport; importing: boolean }
  | { kind: 'failed'; file: string; error: RefiError | null };

/** Room for the "(imported)" suffix within the 200 characters a project name may have. */
const maxImportedBaseName = 180;

/**
 * File > Import REFI-QDA project (.qdpx)…: read the file, preview what comes in (counts, warnings,
 * every selection that cannot be placed, the sources that are not text), and only on confirmation
 * write it as a new project in ONE transaction (the restore path: planRestore gives every row a
 * fresh id and repairs references) and open it. A refused file writes nothing.
 */
export function ImportRefiFlow() {
  const { t } = useTranslation();
  const { bridge, updateSetting, reportError } = useApp();
  const { projects, backups } = useStore();
  const existing = useProjects();
  const toast = useToast();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, step.kind !== 'idle');

  const start = useCallback(async () => {
    let file = '';
    let bytes: Uint8Array;
    try {
      const [picked] = await bridge.openFiles({
        title: t('exchangeImport.open'),
        multiple: false,
        filters: [{ name: t('exchangeImport.fileFilter'), extensions: ['qdpx'] }],
      });
      if (!picked) return;
      file = picked.name;
      bytes = picked.bytes;
    } catch (error) {
      console.error(error);
      setStep({ kind: 'failed', file, error: null });
      return;
    }
    setStep({ kind: 'reading', file });
    // Let the dialog paint "Reading…" before the parse takes the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const result = await readRefi({ fileName: file, bytes }, refiReadEnvironment(), { keepAttachments: true });
      setStep(
        result.ok
          ? { kind: 'preview', file, project: result.project, report: result.report, importing: false }
          : { kind: 'failed', file, error: result.error },
      );
    } catch (error) {
      console.error(error);
      setStep({ kind: 'failed', file, error: null });
    }
  }, [bridge, t]);

  useEffect(() => {
    const run = () => void start();
    const stopCommands = onCommand((command) => command === 'import-refi' && run());
    const stopRequests = onRefiImportRequest(run);
    return () => {
      stopCommands();
      stopRequests();
    };
  }, [start]);

  const close = () => setStep({ kind: 'idle' });

  const confirm = async () => {
    if (step.kind !== 'preview' || step.importing) return;
    setStep({ ...step, importing: true });
    try {
      // A project of the same name already here (the file was exported from it, say) is told apart.
      const named = String(step.project.project.name).slice(0, maxImportedBaseName);
      const taken = (existing ?? []).some((p) => p.name === named);
      const name = taken ? t('exchangeImport.importedName', { name: named }) : named;
      const plan = planRestore({ schemaVersion: latestSchemaVersion, ...step.project }, newId, nowIso(), { name });
      const project = await backups.restoreBackup(plan);
      await projects.markProjectOpened(project.id);
      await updateSetting('currentProjectId', project.id);
      close();
      toast({ message: t('exchangeImport.imported', { name: project.name }) });
      navigate('sources');
    } catch (error) {
      close();
      reportError(error);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog refi-import-dialog"
      aria-labelledby="refi-import-title"
      onCancel={(e) => {
        e.preventDefault();
        if (step.kind !== 'preview' || !step.importing) close();
      }}
    >
      {step.kind === 'reading' && (
        <>
          <h2 id="refi-import-title">{t('exchangeImport.open')}</h2>
          <p role="status">{t('exchangeImport.reading', { file: step.file })}</p>
        </>
      )}
      {step.kind === 'failed' && (
        <>
          <h2 id="refi-import-title">{t('exchangeImport.failedTitle')}</h2>
          <p role="alert" className="refi-import-problem">
            {step.error
              ? t(`exchangeImport.error.${step.error.code}`, { ...step.error.params, file: step.file })
              : t('exchangeImport.unreadable', { file: step.file })}
          </p>
          <p>{t('exchangeImport.nothingChanged')}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={close} autoFocus>
              {t('exchangeImport.close')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'preview' && <Preview step={step} onCancel={close} onConfirm={() => void confirm()} />}
    </dialog>
  );
}

function Preview({
  step,
  onCancel,
  onConfirm,
}: {
  step: Extract<Step, { kind: 'preview' }>;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { report, project, file } = step;
  const name = String(project.project.name);
  const { tables } = project;
  return (
    <>
      <h2 id="refi-import-title">{t('exchangeImport.previewTitle', { name })}</h2>
      <p>
        {report.origin
          ? t('exchangeImport.previewIntro', { file, origin: report.origin })
          : t('exchangeImport.previewIntroNoOrigin', { file })}
      </p>
      <ul className="refi-import-counts" aria-label={t('exchangeImport.previewTitle', { name })}>
        <li>{t('exchangeImport.sources', { count: tables.sources.length })}</li>
        <li>{t('exchangeImport.codes', { count: tables.codes.length })}</li>
        <li>{t('exchangeImport.codings', { placed: report.counts.placedCodings, count: report.counts.codings })}</li>
        <li>{t('exchangeImport.memos', { count: tables.memos.length })}</li>
        <li>{t('exchangeImport.coders', { count: tables.coders.length })}</li>
      </ul>
      {report.sources.some((s) => s.kind === 'text') && (
        <details className="refi-import-sources">
          <summary>{t('exchangeImport.sourcesDetails')}</summary>
          <ul>
            {report.sources
              .filter((s) => s.kind === 'text')
              .map((s, i) => (
                <li key={i}>
                  {s.characters === null
                    ? t('exchangeImport.sourceMissing', { title: s.title })
                    : t('exchangeImport.sourceLine', { title: s.title, characters: s.characters.toLocaleString(i18n.language) })}
                  {s.reading && <> ({t(`exchangeImport.positions.${s.reading}`)})</>}
                </li>
              ))}
          </ul>
        </details>
      )}
      {report.warnings.length > 0 && (
        <section aria-labelledby="refi-import-warnings">
          <h3 id="refi-import-warnings">{t('exchangeImport.warningsTitle')}</h3>
          {/* A long list scrolls; keyboard users reach it with Tab (WCAG 2.1.1). */}
          <div className="refi-import-scroll" tabIndex={0} role="region" aria-labelledby="refi-import-warnings">
            <ul className="refi-import-warnings">
              {report.warnings.map((w, i) => (
                <li key={i}>
                  {t(`exchangeImport.warning.${w.code}`, {
                    ...w.params,
                    // A source's kind is a code ('picture'); the sentence needs the word.
                    ...(w.params.kind ? { kind: t(`exchangeImport.kind.${w.params.kind}`) } : {}),
                  })}
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      {report.unplaced.length > 0 && (
        <section aria-labelledby="refi-import-unplaced">
          <h3 id="refi-import-unplaced">{t('exchangeImport.unplacedTitle', { count: report.unplaced.length })}</h3>
          <p>{t('exchangeImport.unplacedIntro')}</p>
          <div className="refi-import-scroll" tabIndex={0} role="region" aria-labelledby="refi-import-unplaced">
            <table className="refi-import-unplaced">
              <thead>
                <tr>
                  <th scope="col">{t('exchangeImport.unplacedSource')}</th>
                  <th scope="col">{t('exchangeImport.unplacedWhere')}</th>
                  <th scope="col">{t('exchangeImport.unplacedCodes')}</th>
                  <th scope="col">{t('exchangeImport.unplacedText')}</th>
                  <th scope="col">{t('exchangeImport.unplacedReason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.unplaced.map((u, i) => (
                  <tr key={`${u.selectionGuid}-${i}`}>
                    <td>{u.source}</td>
                    <td>
                      {u.start}–{u.end}
                    </td>
                    <td>{u.codes.join(', ')}</td>
                    <td className="refi-import-quote">{u.text.length > 160 ? `${u.text.slice(0, 160)}…` : u.text}</td>
                    <td>{t(`exchangeImport.reason.${u.reason}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {report.attachments.length > 0 && (
        <section aria-labelledby="refi-import-attachments">
          <h3 id="refi-import-attachments">{t('exchangeImport.attachmentsTitle', { count: report.attachments.length })}</h3>
          <p>{t(report.attachments.some((a) => a.stored) ? 'exchangeImport.attachmentsKept' : 'exchangeImport.attachmentsIntro')}</p>
          <ul>
            {report.attachments.map((a) => (
              <li key={a.refiGuid}>
                {t('exchangeImport.attachment', { name: a.name, kind: t(`exchangeImport.kind.${a.kind}`), count: a.selections.length })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>{t('exchangeImport.asNewProject')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={step.importing} autoFocus>
          {t('exchangeImport.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={step.importing} aria-busy={step.importing}>
          {step.importing ? t('exchangeImport.importing') : t('exchangeImport.confirm')}
        </button>
      </div>
    </>
  );
}
