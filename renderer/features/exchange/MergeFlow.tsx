import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupWarning } from '../../../shared/backup';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';
import type { RefiWarning } from '../../../shared/exchange/refi/read';
import { useApp } from '../../services/AppContext';
import { onCommand } from '../../services/menu-commands';
import { mergeProject, previewMerge, type MergeConflict, type MergeSummary } from '../../store/commands/merge';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { useModal } from '../../ui/useModal';
import { useCurrentProject } from '../sources/useCurrentProject';
import { mergeFileExtensions, readMergeFile, type MergeFileProblem } from './merge-file';
import { ConflictItem } from './MergeConflictItem';
import './merge.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | {
      kind: 'preview';
      file: string;
      projectId: string;
      theirs: ExchangeProject;
      /** What was left out of their file when it was read (repaired like a restore). */
      warnings: BackupWarning[];
      refiWarnings: RefiWarning[];
      summary: MergeSummary;
      resolutions: Record<string, MergeConflict['action']>;
      merging: boolean;
    }
  | { kind: 'failed'; file: string; problem: MergeFileProblem };

/**
 * Project ▸ Merge another coder's project…: choose their file, see what it adds (per coder) and
 * every conflict with what will be done about it (each choice re-plans the preview), then merge as
 * ONE step that Edit ▸ Undo takes back. A file that cannot be trusted is refused; nothing is written.
 */
export function MergeFlow() {
  const { t } = useTranslation();
  const { bridge, settings, reportError } = useApp();
  const { historyFor } = useStore();
  const project = useCurrentProject();
  const toast = useToast();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, step.kind !== 'idle');
  const memoHeading = useCallback((name: string) => t('merge.memoHeading', { name }), [t]);

  const start = useCallback(async () => {
    const projectId = settings.currentProjectId;
    if (!projectId) {
      toast({ message: t('sources.needProject') });
      return;
    }
    let file = '';
    try {
      const [picked] = await bridge.openFiles({ title: t('merge.open'), multiple: false, filters: [{ name: t('merge.fileFilter'), extensions: mergeFileExtensions }] });
      if (!picked) return;
      file = picked.name;
      setStep({ kind: 'reading', file });
      // Let the dialog paint "Reading…" before a large file takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const read = await readMergeFile(picked.name, picked.bytes);
      if (!read.ok) {
        setStep({ kind: 'failed', file, problem: read.problem });
        return;
      }
      const summary = await previewMerge(historyFor(projectId), { projectId, theirs: read.theirs, options: { memoHeading } });
      setStep({ kind: 'preview', file, projectId, theirs: read.theirs, warnings: read.warnings, refiWarnings: read.refiWarnings, summary, resolutions: {}, merging: false });
    } catch (error) {
      console.error(error);
      setStep({ kind: 'failed', file, problem: { code: 'unreadable' } });
    }
  }, [bridge, historyFor, memoHeading, settings.currentProjectId, t, toast]);

  useEffect(() => onCommand((command) => command === 'merge-project' && void start()), [start]);

  const close = () => setStep({ kind: 'idle' });

  const choose = async (conflictId: string, action: MergeConflict['action']) => {
    if (step.kind !== 'preview') return;
    const resolutions = { ...step.resolutions, [conflictId]: action };
    try {
      const summary = await previewMerge(historyFor(step.projectId), { projectId: step.projectId, theirs: step.theirs, options: { resolutions, memoHeading } });
      setStep({ ...step, resolutions, summary });
    } catch (error) {
      reportError(error);
    }
  };

  const confirm = async () => {
    if (step.kind !== 'preview' || step.merging) return;
    setStep({ ...step, merging: true });
    try {
      const summary = await mergeProject(historyFor(step.projectId), {
        projectId: step.projectId,
        theirs: step.theirs,
        options: { resolutions: step.resolutions, memoHeading },
      });
      close();
      toast({ message: t('merge.merged', { name: summary.theirProjectName, count: summary.codings.added }) });
    } catch (error) {
      close();
      reportError(error);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide merge-dialog"
      aria-labelledby="merge-title"
      onCancel={(e) => {
        e.preventDefault();
        if (step.kind !== 'preview' || !step.merging) close();
      }}
    >
      {step.kind === 'reading' && (
        <>
          <h2 id="merge-title">{t('merge.open')}</h2>
          <p role="status">{t('merge.reading', { file: step.file })}</p>
        </>
      )}
      {step.kind === 'failed' && (
        <>
          <h2 id="merge-title">{t('merge.failedTitle')}</h2>
          <p role="alert" className="merge-problem">
            {problemText(t, step.problem, step.file)}
          </p>
          <p>{t('merge.nothingChanged')}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={close} autoFocus>
              {t('merge.close')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'preview' && <Preview step={step} ourName={project?.name ?? ''} onChoose={(id, action) => void choose(id, action)} onCancel={close} onConfirm={() => void confirm()} />}
    </dialog>
  );
}

/** Why the file was refused, in the words restore and REFI import already use. */
function problemText(t: TFunction, problem: MergeFileProblem, file: string): string {
  if (problem.code === 'refi') return t(`exchangeImport.error.${problem.error.code}`, { ...problem.error.params, file });
  if (problem.code === 'qdc') return t('merge.qdc', { file });
  return t(`backup.problem.${problem.code}`, { file, ...problem });
}

function Preview(props: {
  step: Extract<Step, { kind: 'preview' }>;
  ourName: string;
  onChoose: (conflictId: string, action: MergeConflict['action']) => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const { step } = props;
  const { summary } = step;
  const withWork = summary.coders.filter((c) => c.codingsAdded + c.codingsAlreadyThere + c.memosAdded > 0 || c.isNew);
  return (
    <>
      <h2 id="merge-title">{t('merge.previewTitle', { theirs: summary.theirProjectName, ours: props.ourName })}</h2>
      <p>{t('merge.intro', { file: step.file })}</p>
      <h3 className="merge-heading">{t('merge.addedHeading')}</h3>
      {summary.nothingNew ? (
        <p className="merge-nothing" role="status">{t('merge.nothingNew')}</p>
      ) : (
        <ul className="merge-coders" aria-label={t('merge.addedHeading')}>
          {withWork.map((c) => (
            <li key={c.coderId}>
              <strong>{c.isNew ? t('merge.coderNew', { name: c.name }) : c.name}</strong>
              {': '}
              {t('merge.codings', { count: c.codingsAdded })}
              {c.codingsAlreadyThere > 0 && ` (${t('merge.alreadyThere', { count: c.codingsAlreadyThere })})`}
              {c.memosAdded > 0 && `, ${t('merge.memos', { count: c.memosAdded })}`}
            </li>
          ))}
        </ul>
      )}
      <ul className="merge-counts">
        <li>{t('merge.codes', { added: summary.codes.added, matched: summary.codes.matched })}</li>
        <li>{t('merge.sources', { added: summary.sources.added, matched: summary.sources.matched })}</li>
      </ul>
      <h3 className="merge-heading">
        {summary.conflicts.length === 0 ? t('merge.noConflicts') : t('merge.conflictsHeading', { count: summary.conflicts.length })}
      </h3>
      {summary.conflicts.length > 0 && (
        <ul className="merge-conflicts">
          {summary.conflicts.map((c) => (
            <ConflictItem key={c.id} conflict={c} disabled={step.merging} onChoose={props.onChoose} />
          ))}
        </ul>
      )}
      {summary.leftOut.length + step.warnings.length + step.refiWarnings.length > 0 && (
        <ul className="merge-left-out">
          {step.warnings.map((w) => (
            <li key={w.code}>{t(`backup.warning.${w.code}`, { count: w.count })}</li>
          ))}
          {step.refiWarnings.map((w, i) => (
            <li key={`refi-${i}`}>{t(`exchangeImport.warning.${w.code}`, w.params)}</li>
          ))}
          {summary.leftOut.map((l) => (
            <li key={l.reason}>{t(`merge.leftOut.${l.reason}`, { count: l.count })}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel} disabled={step.merging} autoFocus>
          {t('merge.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={props.onConfirm}
          disabled={step.merging || summary.nothingNew}
          aria-busy={step.merging}
        >
          {step.merging ? t('merge.merging') : t('merge.confirm')}
        </button>
      </div>
    </>
  );
}
