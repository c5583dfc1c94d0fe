import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexicalEditor } from 'lexical';
import type { Code, Coder, Project } from '../../../shared/model';
import { stripeLanes } from '../../../shared/ranges/lanes';
import type { Range } from '../../../shared/ranges/range';
import { useApp } from '../../app/AppContext';
import { emitCommand } from '../../app/commands';
import { routeHref } from '../../app/routes';
import { documentBlocks } from '../../editor/blocks';
import { codeColorVariables } from '../../editor/plugins/MarkStylePlugin';
import type { TurnIndex } from '../../editor/plugins/DocumentContentPlugin';
import { focusDocumentStart, selectRange } from '../../editor/select-range';
import { SourceDocument } from '../../editor/SourceDocument';
import { addCoding, recodeCoding, removeCodings, resizeCoding } from '../../store/commands/codings';
import { currentCoder } from '../../store/repositories/coders';
import { newId, nowIso } from '../../store/ids';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toasts';
import { indexCodes, noteRecentCode, recentCodes } from './code-index';
import { CodingDetails } from './CodingDetails';
import { CodingHandles } from './CodingHandles';
import { CodingMenu, type CodingMenuState } from './CodingMenu';
import { CodingStripes } from './CodingStripes';
import { DocumentCodes } from './DocumentCodes';
import { FixTypoPanel } from './FixTypoPanel';
import { MemoPanel } from '../memos/MemoPanel';
import { QuickCodePalette } from './QuickCodePalette';
import { SourceFacts } from './SourceFacts';
import { SourcePreamble } from './SourcePreamble';
import { codingTarget } from './target-range';
import { turnHeads } from './turn-heads';
import { useBlockPieces } from './useBlockPieces';
import { useOptimisticCodings } from './useOptimisticCodings';
import { useStableCodings } from './useStableCodings';
import { useProjectCodes, useSourceCodings, useSourceData } from './useDocumentData';

const codeMime = 'application/x-kodebok-code';
const noCodings: never[] = [];

/** Reads "#/sources/<id>?at=start-end" so retrieval can jump to a segment. */
function requestedRange(): Range | null {
  const match = /[?&]at=(\d+)-(\d+)/.exec(window.location.hash);
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

/**
 * The coding workspace for one source: the text with highlights and stripes, codes to apply
 * (palette, number keys, drag and drop, whole turns), the selected coding's details and memo.
 */
export function DocumentView({ project, sourceId }: { project: Project; sourceId: string }) {
  const { t, i18n } = useTranslation();
  const { db, historyFor, reportError, settings, updateSetting } = useApp();
  const toast = useToast();
  const history = historyFor(project.id);
  const undoState = useSyncExternalStore(history.subscribe, history.getSnapshot);
  const data = useSourceData(project.id, sourceId);
  const optimistic = useOptimisticCodings(useSourceCodings(sourceId) ?? noCodings);
  const { show: showCoding, settle: settleCoding, drop: dropCoding } = optimistic;
  // Unchanged codings keep their objects across re-reads, so a step redraws only what it changed.
  const codings = useStableCodings(optimistic.codings);
  const codes = useProjectCodes(project.id);
  const [coder, setCoder] = useState<Coder | null>(null);
  const [selection, setSelection] = useState<Range | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [palette, setPalette] = useState<null | 'code' | 'recode'>(null);
  const [recent, setRecent] = useState(() => recentCodes(project.id));
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [content, setContent] = useState<HTMLElement | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [menu, setMenu] = useState<CodingMenuState | null>(null);
  const [fixing, setFixing] = useState(false);
  const editorRef = useRef<LexicalEditor | null>(null);
  const turnIndex = useRef<TurnIndex>({ keys: [], built: 0 });

  useEffect(() => {
    currentCoder(db, project.id).then(setCoder, reportError);
  }, [db, project.id, reportError]);

  const text = data?.text ?? '';
  const messages = data?.messages;
  const blocks = useMemo(() => (messages ? documentBlocks(text, messages) : []), [text, messages]);
  const deadline = project.settings.answerDeadlineHours;
  const heads = useMemo(() => turnHeads(blocks, deadline, t, i18n.language), [blocks, deadline, t, i18n.language]);
  const blockPieces = useBlockPieces(blocks, codings, text.length);
  const index = useMemo(() => indexCodes(codes ?? []), [codes]);
  const codingById = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const lanes = useMemo(() => stripeLanes(codings), [codings]);
  const selected = selectedId ? codingById.get(selectedId) ?? null : null;

  // One CSS variable per code: the marks name their code, so recolouring a code repaints no mark from script.
  const codeColors = useMemo(() => codeColorVariables(codes ?? []) as React.CSSProperties, [codes]);

  // A segment to show (from retrieval) is selected once, when the document is first built;
  // otherwise the caret goes to the start of the first turn, so the keyboard is in the text at once.
  const pendingAt = useRef(requestedRange());
  const placed = useRef(false);
  const onBuilt = useCallback((editor: LexicalEditor) => {
    setContent(editor.getRootElement());
    setLayoutVersion((v) => v + 1);
    if (placed.current) return;
    placed.current = true;
    const at = pendingAt.current;
    pendingAt.current = null;
    // Never take focus from where the user already went while a long document was being built.
    const active = document.activeElement;
    const idle = !active || active === document.body || active.id === 'screen-title' || active.id === 'main';
    if (idle) editor.getRootElement()?.focus({ preventScroll: true });
    if (at) selectRange(editor, at.start, at.end);
    else if (idle) focusDocumentStart(editor);
  }, []);

  // Stripes and grips are measured from the laid-out text: measure again when its size changes.
  useEffect(() => {
    if (!content) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLayoutVersion((v) => v + 1));
    });
    observer.observe(content);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [content]);

  const wholeWords = settings.snapToWords;
  const target = codingTarget(text, blocks, selection, wholeWords);
  const closeMenu = useCallback(() => setMenu(null), []);

  const applyCode = useCallback(
    async (code: Code) => {
      if (!coder) return;
      if (!target) {
        toast({ message: t('coding.selectFirst') });
        return;
      }
      const input = { id: newId(), projectId: project.id, sourceId, codeId: code.id, coderId: coder.id, start: target.start, end: target.end };
      const now = nowIso();
      // Drawn at once; stored in the background (one transaction with its undo record).
      showCoding({ ...input, authorId: coder.id, createdAt: now, updatedAt: now });
      setSelectedId(input.id);
      setRecent(noteRecentCode(project.id, code.id));
      try {
        const coding = await addCoding(db, history, input, code.name);
        settleCoding(input.id);
        if (coding.id !== input.id) {
          // The very same coding existed already: show that one.
          dropCoding(input.id);
          setSelectedId(coding.id);
        }
      } catch (error) {
        dropCoding(input.id);
        setSelectedId(null);
        reportError(error);
      }
    },
    [coder, target, db, history, project.id, sourceId, toast, t, reportError, showCoding, settleCoding, dropCoding],
  );

  const recode = useCallback(
    async (code: Code) => {
      if (!selected) return;
      await recodeCoding(history, selected.id, code.id, code.name).catch(reportError);
      setRecent(noteRecentCode(project.id, code.id));
    },
    [selected, history, project.id, reportError],
  );

  const jumpTo = useCallback((start: number, end: number) => {
    const editor = editorRef.current;
    if (editor) selectRange(editor, start, end);
  }, []);

  // Ctrl/Cmd+K opens the palette anywhere in the workspace.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPalette('code');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (data === undefined) return null;
  if (data === null) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <ScreenHeader title={t('sources.notFound')} />
        <a href={routeHref('sources')}>{t('sources.back')}</a>
      </section>
    );
  }

  const targetLabel = target
    ? t('coding.targetText', { text: excerpt(text.slice(target.start, target.end)) })
    : t('coding.noTarget');

  return (
    <section className="screen screen-wide" aria-labelledby="screen-title">
      <p>
        <a href={routeHref('sources')}>← {t('sources.back')}</a>
      </p>
      <ScreenHeader title={data.source.title}>
        <button type="button" className="button" onClick={() => emitCommand('undo')} disabled={!undoState.undo} title={t('coding.undoHint')}>
          {undoState.undo ? t('coding.undoStep', { step: t(`history.${undoState.undo.key}`, undoState.undo.values ?? {}) }) : t('coding.undo')}
        </button>
        <button type="button" className="button" onClick={() => emitCommand('redo')} disabled={!undoState.redo}>
          {t('coding.redo')}
        </button>
      </ScreenHeader>
      <SourceFacts source={data.source} attributes={data.attributes} />
      <SourcePreamble text={text} preamble={data.source.preamble} />
      <div className="coding-layout">
        <div
          ref={setFrame}
          className="document-frame"
          style={codeColors}
          onKeyDown={(e) => {
            if (e.ctrlKey || e.metaKey || e.altKey || !/^[0-9]$/.test(e.key)) return;
            const n = e.key === '0' ? 9 : Number(e.key) - 1;
            const code = index.pinned[n];
            e.preventDefault();
            if (code) void applyCode(code);
            else toast({ message: t('coding.noPinned', { key: e.key }) });
          }}
          onClick={(e) => {
            const button = (e.target as HTMLElement).closest<HTMLElement>('[data-code-turn]');
            const block = button && blocks[Number(button.dataset.codeTurn)];
            if (!block) return;
            e.preventDefault();
            jumpTo(block.start, block.end);
            setSelection({ start: block.start, end: block.end });
            setPalette('code');
          }}
          onContextMenu={(e) => {
            const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-codings]');
            if (!mark) return;
            e.preventDefault();
            setMenu({ x: e.clientX, y: e.clientY, codingIds: (mark.dataset.codings ?? '').split(' ').filter(Boolean) });
          }}
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes(codeMime)) e.preventDefault();
          }}
          onDrop={(e) => {
            const code = index.byId.get(e.dataTransfer.getData(codeMime));
            if (!code) return;
            e.preventDefault();
            void applyCode(code);
          }}
        >
          <CodingStripes
            content={content}
            codings={codings}
            lanes={lanes}
            codes={index.byId}
            paths={index.paths}
            layoutVersion={layoutVersion}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
          {selected && (
            <CodingHandles
              frame={frame}
              content={content}
              coding={selected}
              layoutVersion={layoutVersion}
              onResize={(start, end) => void resizeCoding(history, selected.id, start, end).catch(reportError)}
            />
          )}
          <SourceDocument
            label={t('coding.documentLabel', { title: data.source.title })}
            text={text}
            heads={heads}
            blockPieces={blockPieces}
            codings={codingById}
            selectedId={selectedId}
            onSelection={setSelection}
            onBuilt={onBuilt}
            editorRef={editorRef}
            turnIndexRef={turnIndex}
          />
        </div>
        <aside className="coding-side" aria-label={t('coding.sideLabel')}>
          <div className="card coding-target" aria-live="polite">
            <h2>{t('coding.selection')}</h2>
            <p className="muted">{targetLabel}</p>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => setPalette('code')} disabled={!target}>
                {t('coding.codeWith')} <kbd>Ctrl K</kbd>
              </button>
              <label className="toggle" title={t('coding.wholeWords.hint')}>
                <input type="checkbox" checked={wholeWords} onChange={(e) => void updateSetting('snapToWords', e.target.checked)} />
                {t('coding.wholeWords.label')}
              </label>
              <label className="toggle">
                <input type="checkbox" checked={fixing} onChange={(e) => setFixing(e.target.checked)} />
                {t('coding.fixMode')}
              </label>
            </div>
            {fixing && coder && (
              <FixTypoPanel text={text} selection={selection} sourceId={sourceId} coderId={coder.id} onDone={setSelection} />
            )}
          </div>
          {selected && (
            <CodingDetails
              project={project}
              coding={selected}
              code={index.byId.get(selected.codeId)}
              path={index.paths.get(selected.codeId) ?? ''}
              text={text}
              selection={selection}
              wholeWords={wholeWords}
              onJump={() => jumpTo(selected.start, selected.end)}
              onResize={(start, end) => void resizeCoding(history, selected.id, start, end).catch(reportError)}
              onRecode={() => setPalette('recode')}
              onRemove={() => {
                void removeCodings(db, history, [selected.id]).catch(reportError);
                setSelectedId(null);
              }}
              onClose={() => setSelectedId(null)}
            />
          )}
          <section className="card" aria-labelledby="source-memo-title">
            <h2 id="source-memo-title">{t('coding.sourceMemo')}</h2>
            <MemoPanel projectId={project.id} target={{ kind: 'source', id: sourceId }} label={t('coding.sourceMemo')} />
          </section>
          <DocumentCodes
            index={index}
            codings={codings}
            text={text}
            canCode={target !== null}
            selectedId={selectedId}
            dragType={codeMime}
            onApply={(code) => void applyCode(code)}
            onSelectCoding={(id) => {
              setSelectedId(id);
              const c = codingById.get(id);
              if (c) jumpTo(c.start, c.end);
            }}
          />
        </aside>
      </div>
      <QuickCodePalette
        open={palette !== null}
        codes={index.ordered}
        recent={recent}
        target={palette === 'recode' && selected ? t('coding.recodeTarget', { code: index.paths.get(selected.codeId) ?? '' }) : targetLabel}
        onPick={(code) => {
          const mode = palette;
          setPalette(null);
          if (mode === 'recode') void recode(code);
          else void applyCode(code);
          editorRef.current?.focus();
        }}
        onClose={() => {
          setPalette(null);
          editorRef.current?.focus();
        }}
      />
      {menu && (
        <CodingMenu
          state={menu}
          codings={menu.codingIds.map((id) => codingById.get(id)).filter((c) => c !== undefined)}
          paths={index.paths}
          canResize={selection !== null && selection.end > selection.start}
          onSelect={(id) => setSelectedId(id)}
          onRemove={(id) => void removeCodings(db, history, [id]).catch(reportError)}
          onResize={(id) => selection && void resizeCoding(history, id, selection.start, selection.end).catch(reportError)}
          onClose={closeMenu}
        />
      )}
    </section>
  );
}

function excerpt(s: string): string {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  // Only the ends are shown, so only the ends are cleaned (this runs on every Shift+arrow).
  if (s.length <= 200) {
    const whole = flat(s);
    if (whole.length <= 90) return whole;
  }
  return `${flat(s.slice(0, 120)).slice(0, 60)} … ${flat(s.slice(-60)).slice(-25)}`;
}
