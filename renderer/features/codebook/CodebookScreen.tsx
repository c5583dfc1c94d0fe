import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Id, Project } from '../../../shared/model';
import { buildCodeTree, descendantIds } from '../../../shared/codebook/tree';
import { boundaryWorkTemplate } from '../../../shared/codebook/template';
import { codebookLanguages, type CodebookDocument, type CodebookLanguage } from '../../../shared/codebook/document';
import { codeCounts } from '../../../shared/stats/code-counts';
import { useApp } from '../../services/AppContext';
import { routeHref, useRoute } from '../../services/routes';
import {
  CodebookError,
  createCode,
  deleteCode,
  mergeCodes,
  moveCode,
  splitCode,
  updateCode,
  type CodeFields,
  type CodeImpact,
} from '../../store/commands/codes';
import { importCodebook } from '../../store/commands/codebook-import';
import { StaleHistoryError } from '../../store/history/change';
import { useCodebook } from '../../store/queries/codebook';
import { useStore } from '../../store/StoreProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toasts';
import { indexCodes, pinKey } from '../coding/code-index';
import { MemoPanel } from '../memos/MemoPanel';
import { NoProject } from '../sources/NoProject';
import { useCurrentProject } from '../sources/useCurrentProject';
import { CodeDetail } from './CodeDetail';
import { CodeTree, type CodeTally } from './CodeTree';
import { codebookFile, codebookFileFilters, readCodebookFile, type CodebookFileResult } from './codebook-files';
import { isQdcFile, readQdcCodebook } from '../exchange/import-qdc';
import type { RefiError } from '../../../shared/exchange/refi/read';
import { codebookProblemWords } from './codebook-problem-text';
import { MergeDialog } from './MergeDialog';
import { SplitDialog } from './SplitDialog';
import { SignOffBadge } from '../review/SignOffBadge';
import { plannedMove, visibleNodes, type MoveDirection, type Placement } from '../../../shared/codebook/tree-moves';

export function CodebookScreen() {
  const { t } = useTranslation();
  const project = useCurrentProject();
  if (project === undefined) return null;
  if (project === null) {
    return (
      <section aria-labelledby="screen-title" className="screen">
        <ScreenHeader title={t('codebook.title')} />
        <NoProject />
      </section>
    );
  }
  return <Codebook key={project.id} project={project} />;
}

type ImportProblem = { file: string } & Extract<CodebookFileResult, { ok: false }>;

function Codebook({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const { bridge, reportError } = useApp();
  const { codebook, historyFor } = useStore();
  const toast = useToast();
  const route = useRoute();
  const history = historyFor(project.id);
  const language: CodebookLanguage = (codebookLanguages as readonly string[]).includes(i18n.language)
    ? (i18n.language as CodebookLanguage)
    : 'nb';

  const data = useCodebook(project.id);

  const [selected, setSelected] = useState<Id | null>(route.params[0] ?? null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(new Set());
  const [projectMemoOpen, setProjectMemoOpen] = useState(false);
  const [merging, setMerging] = useState<Code | null>(null);
  const [splitting, setSplitting] = useState<Code | null>(null);
  const [deleting, setDeleting] = useState<{ code: Code; impact: CodeImpact; fromTree: boolean } | null>(null);
  const [treeFocus, setTreeFocus] = useState(0);
  const [importProblem, setImportProblem] = useState<ImportProblem | null>(null);
  const [qdcProblem, setQdcProblem] = useState<{ file: string; error: RefiError } | null>(null);
  const [busy, setBusy] = useState(false);
  const nameField = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  const codes = useMemo(() => data?.codes ?? [], [data]);
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  const index = useMemo(() => indexCodes(codes), [codes]);
  const pinKeys = useMemo(() => new Map(index.pinned.map((c, n) => [c.id, pinKey(n)])), [index]);
  const tallies = useMemo(() => {
    const out = new Map<Id, CodeTally>();
    if (!data) return out;
    for (const row of codeCounts(data.codes, data.codings)) {
      out.set(row.codeId, { codings: row.directCodings, sources: row.directSources, totalCodings: row.codings, totalSources: row.sources });
    }
    return out;
  }, [data]);

  const select = useCallback((id: Id | null) => {
    setSelected(id);
    // The address keeps the chosen code, so a reload comes back to it (without adding history entries).
    window.history.replaceState(null, '', id ? routeHref('codebook', id) : routeHref('codebook'));
  }, []);

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof CodebookError) toast({ message: t(`codebook.problems.${error.problem}`) });
      else if (error instanceof StaleHistoryError) toast({ message: t('history.stale') });
      else reportError(error);
    },
    [toast, t, reportError],
  );

  const current = codes.find((c) => c.id === selected) ?? tree[0]?.code ?? null;

  // "Edit" (Enter in the tree, a new code) puts the caret in the name field once that code's form is shown.
  const [editing, setEditing] = useState<Id | null>(null);
  useEffect(() => {
    if (!editing || current?.id !== editing || !nameField.current) return;
    nameField.current.focus();
    nameField.current.select();
    setEditing(null);
  }, [editing, current?.id]);

  if (!data) return null;
  const pinnedCount = codes.filter((c) => c.pinned).length;

  const newCode = async (parentId: Id | null) => {
    try {
      const code = await createCode(history, { projectId: project.id, parentId, fields: { name: t('codebook.newCodeName') } });
      if (parentId) setCollapsed((c) => new Set([...c].filter((id) => id !== parentId)));
      select(code.id);
      setEditing(code.id);
    } catch (error) {
      fail(error);
    }
  };

  const saveCode = (id: Id) => async (patch: Partial<CodeFields>) => {
    try {
      await updateCode(history, { id, patch });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  const move = async (id: Id, placement: Placement | null) => {
    if (!placement) return;
    try {
      await moveCode(history, { id, parentId: placement.parentId, index: placement.index });
      if (placement.parentId) setCollapsed((c) => new Set([...c].filter((x) => x !== placement.parentId)));
      select(id);
    } catch (error) {
      fail(error);
    }
  };
  const keyboardMove = (id: Id, direction: MoveDirection) => void move(id, plannedMove(tree, id, direction));

  const requestDelete = async (id: Id, fromTree: boolean) => {
    const code = codes.find((c) => c.id === id);
    if (!code) return;
    try {
      setDeleting({ code, impact: await codebook.deletionImpact(id), fromTree });
    } catch (error) {
      fail(error);
    }
  };

  const confirmDelete = async () => {
    const target = deleting;
    setDeleting(null);
    if (!target) return;
    const visible = visibleNodes(tree, new Set(codes.map((c) => c.id)));
    const gone = descendantIds(codes, target.code.id);
    const at = visible.findIndex((n) => n.code.id === target.code.id);
    const next = [...visible.slice(at + 1), ...visible.slice(0, at).reverse()].find((n) => !gone.has(n.code.id));
    try {
      await deleteCode(history, { id: target.code.id });
      select(next?.code.id ?? null);
      // Deleted with the Delete key: the keyboard stays in the tree, on the next code.
      if (target.fromTree) setTreeFocus((n) => n + 1);
      toast({
        message: t('codebook.deleted', { name: target.code.name }),
        actionLabel: t('codebook.undo'),
        timeoutMs: 8000,
        // Only while the deletion is still the last step: never undo something else by surprise.
        onAction: () => {
          const last = history.getSnapshot().undo;
          if (last?.key !== 'deleteCode' || last.values?.code !== target.code.name) return;
          void history
            .undo()
            .then(() => select(target.code.id))
            .catch(fail);
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  const merge = async (from: Code, intoId: Id) => {
    setMerging(null);
    try {
      const into = codes.find((c) => c.id === intoId);
      await mergeCodes(history, { fromId: from.id, intoId, memoHeading: (name) => t('codebook.mergedMemoHeading', { name }) });
      select(intoId);
      toast({ message: t('codebook.merged', { from: from.name, into: into?.name ?? '' }) });
    } catch (error) {
      fail(error);
    }
  };

  const split = async (code: Code, codingIds: Id[], name: string) => {
    setSplitting(null);
    try {
      const created = await splitCode(history, { codeId: code.id, codingIds, name });
      select(created.id);
      toast({ message: t('codebook.splitDone', { name: created.name, count: codingIds.length }) });
    } catch (error) {
      fail(error);
    }
  };

  const addDocument = async (doc: CodebookDocument) => {
    const result = await importCodebook(history, { projectId: project.id, document: doc });
    toast({
      message:
        result.added === 0
          ? t('codebook.importNothingNew', { name: doc.name })
          : t('codebook.imported', { name: doc.name, count: result.added }),
    });
  };

  const addTemplate = async () => {
    setBusy(true);
    try {
      await addDocument(boundaryWorkTemplate(language));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async () => {
    setImportProblem(null);
    setQdcProblem(null);
    try {
      const [file] = await bridge.openFiles({ title: t('codebook.import'), multiple: false, filters: codebookFileFilters });
      if (!file) return;
      if (isQdcFile(file.name)) {
        setBusy(true);
        const qdc = await readQdcCodebook(file.name, file.bytes, language);
        if (qdc.ok) await addDocument(qdc.document);
        else setQdcProblem({ file: file.name, error: qdc.error });
        return;
      }
      const read = readCodebookFile(file.name, file.bytes);
      if (!read.ok) {
        setImportProblem({ file: file.name, ...read });
        return;
      }
      setBusy(true);
      await addDocument(read.document);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (format: 'json' | 'markdown') => {
    try {
      const file = codebookFile(format, project.name, language, codes);
      const saved = await bridge.saveFile({ title: t('codebook.export'), ...file });
      if (saved.saved) toast({ message: t('codebook.exported', { file: saved.fileName ?? file.suggestedName }) });
    } catch (error) {
      fail(error);
    }
  };

  const currentTally = current ? tallies.get(current.id) : undefined;

  return (
    <section aria-labelledby="screen-title" className="screen screen-wide codebook-screen">
      <ScreenHeader title={t('codebook.title')}>
        <button
          type="button"
          className="button"
          aria-expanded={projectMemoOpen}
          aria-controls="project-memo"
          onClick={() => setProjectMemoOpen((open) => !open)}
        >
          {t('codebook.projectMemo')}
        </button>
      </ScreenHeader>
      <SignOffBadge projectId={project.id} codes={codes} codings={data?.codings ?? []} />
      {projectMemoOpen && (
        <div id="project-memo" className="card project-memo">
          <MemoPanel
            projectId={project.id}
            target={{ kind: 'project', id: project.id }}
            heading={t('codebook.projectMemoTitle', { name: project.name })}
            headingLevel={2}
            label={t('memos.on.project')}
          />
        </div>
      )}
      <div className="codebook-actions" role="group" aria-label={t('codebook.fileActions')}>
        <button type="button" className="button" onClick={() => void addTemplate()} disabled={busy}>
          {t('codebook.addTemplate')}
        </button>
        <button type="button" className="button" onClick={() => void importFile()} disabled={busy}>
          {t('codebook.import')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('json')} disabled={codes.length === 0}>
          {t('codebook.exportJson')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('markdown')} disabled={codes.length === 0}>
          {t('codebook.exportMarkdown')}
        </button>
      </div>
      {qdcProblem && (
        <div className="notice import-problem" role="alert">
          <p>
            <strong>{t('codebook.importFailed', { file: qdcProblem.file })}</strong>{' '}
            {t(`exchangeImport.error.${qdcProblem.error.code}`, { ...qdcProblem.error.params, file: qdcProblem.file })}
          </p>
          <button type="button" className="button button-small" onClick={() => setQdcProblem(null)}>
            {t('codebook.dismiss')}
          </button>
        </div>
      )}
      {importProblem && (
        <div className="notice import-problem" role="alert">
          <p>
            <strong>{t('codebook.importFailed', { file: importProblem.file })}</strong> {t(`codebook.importReason.${importProblem.reason}`)}
          </p>
          {importProblem.errors.length > 0 && (
            <ul>
              {importProblem.errors.slice(0, 20).map((e, i) => {
                const { place, isPath, what } = codebookProblemWords(t, e);
                return (
                  <li key={i}>
                    {place !== null && <>{isPath ? <code>{place}</code> : place}: </>}
                    {what}
                  </li>
                );
              })}
              {importProblem.errors.length > 20 && <li>{t('codebook.moreErrors', { count: importProblem.errors.length - 20 })}</li>}
            </ul>
          )}
          <button type="button" className="button button-small" onClick={() => setImportProblem(null)}>
            {t('codebook.dismiss')}
          </button>
        </div>
      )}

      {codes.length === 0 ? (
        <EmptyState>
          <h2>{t('codebook.emptyTitle')}</h2>
          <p>{t('codebook.emptyIntro')}</p>
          <p>{t('codebook.emptyTemplate')}</p>
          <div className="form-row">
            <button type="button" className="button button-primary" onClick={() => void addTemplate()} disabled={busy}>
              {t('codebook.addTemplate')}
            </button>
            <button type="button" className="button" onClick={() => void newCode(null)}>
              {t('codebook.newCode')}
            </button>
          </div>
        </EmptyState>
      ) : (
        <div className="codebook-layout">
          <div className="codebook-tree-pane">
            <div className="tree-toolbar" role="group" aria-label={t('codebook.treeTools')}>
              <button type="button" className="button button-small" onClick={() => void newCode(null)}>
                {t('codebook.newCode')}
              </button>
              <button type="button" className="button button-small" onClick={() => current && void newCode(current.id)} disabled={!current}>
                {t('codebook.newSubCode')}
              </button>
            </div>
            <div className="tree-toolbar" role="group" aria-label={t('codebook.moveTools')}>
              {(['up', 'down', 'in', 'out'] as const).map((direction) => (
                <button
                  key={direction}
                  type="button"
                  className="button button-small"
                  disabled={!current || !plannedMove(tree, current.id, direction)}
                  aria-keyshortcuts={`Alt+${{ up: 'ArrowUp', down: 'ArrowDown', in: 'ArrowRight', out: 'ArrowLeft' }[direction]}`}
                  onClick={() => current && keyboardMove(current.id, direction)}
                >
                  {t(`codebook.move.${direction}`)}
                </button>
              ))}
            </div>
            <CodeTree
              tree={tree}
              label={t('codebook.treeLabel')}
              selectedId={current?.id ?? null}
              collapsed={collapsed}
              tallies={tallies}
              pinKeys={pinKeys}
              onSelect={select}
              onToggle={(id, open) =>
                setCollapsed((c) => {
                  const next = new Set(c);
                  if (open) next.delete(id);
                  else next.add(id);
                  return next;
                })
              }
              onEdit={setEditing}
              onDelete={(id) => void requestDelete(id, true)}
              focusRequest={treeFocus}
              onKeyboardMove={keyboardMove}
              onDrop={(id, placement) => void move(id, placement)}
            />
            <p className="muted small tree-help">{t('codebook.treeHelp')}</p>
          </div>
          {current && (
            <div className="codebook-detail-pane card" aria-labelledby="code-detail-title">
              <div className="code-detail-head">
                <h2 id="code-detail-title">
                  <span className="code-swatch" style={{ background: current.color }} aria-hidden="true" />
                  {current.name}
                </h2>
                <p className="muted small">
                  {currentTally ? `${t('codebook.codings', { count: currentTally.codings })} · ${t('codebook.sources', { count: currentTally.sources })}` : ''}
                </p>
              </div>
              <div className="code-actions" role="group" aria-label={t('codebook.codeActions', { name: current.name })}>
                <button type="button" className="button button-small" onClick={() => setMerging(current)} disabled={codes.length < 2}>
                  {t('codebook.merge')}
                </button>
                <button type="button" className="button button-small" onClick={() => setSplitting(current)}>
                  {t('codebook.split')}
                </button>
                <button type="button" className="button button-small button-danger-quiet" onClick={() => void requestDelete(current.id, false)}>
                  {t('codebook.deleteButton')}
                </button>
              </div>
              <CodeDetail
                key={current.id}
                ref={nameField}
                code={current}
                path={index.paths.get(current.id) ?? current.name}
                pinKey={pinKeys.get(current.id)}
                pinnedCount={pinnedCount}
                onSave={saveCode(current.id)}
              />
              <MemoPanel
                key={`memo-${current.id}`}
                projectId={project.id}
                target={{ kind: 'code', id: current.id }}
                heading={t('codebook.memo')}
                label={t('memos.onCode', { name: current.name })}
              />
            </div>
          )}
        </div>
      )}

      <MergeDialog
        code={merging}
        codes={codes}
        paths={index.paths}
        codingCount={merging ? (tallies.get(merging.id)?.codings ?? 0) : 0}
        subCodeCount={merging ? descendantIds(codes, merging.id).size - 1 : 0}
        onMerge={(intoId) => merging && void merge(merging, intoId)}
        onCancel={() => setMerging(null)}
      />
      <SplitDialog code={splitting} onSplit={(ids, name) => splitting && void split(splitting, ids, name)} onCancel={() => setSplitting(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('codebook.deleteConfirm', { name: deleting?.code.name ?? '' })}
        body={
          deleting
            ? [
                t('codebook.deleteCodings', { count: deleting.impact.codings }),
                deleting.impact.codes > 1 ? t('codebook.deleteSubCodes', { count: deleting.impact.codes - 1 }) : '',
                deleting.impact.memos > 0 ? t('codebook.deleteMemos', { count: deleting.impact.memos }) : '',
                deleting.impact.themes > 0 ? t('codebook.deleteThemeCodes', { count: deleting.impact.themes }) : '',
                t('codebook.undoHint'),
              ]
                .filter(Boolean)
                .join(' ')
            : undefined
        }
        confirmLabel={t('codebook.delete')}
        cancelLabel={t('codebook.cancel')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
