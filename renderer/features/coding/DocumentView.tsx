import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexicalEditor } from 'lexical';
import type { Code, Project } from '../../../shared/model';
import type { Range } from '../../../shared/ranges/range';
import { useApp } from '../../services/AppContext';
import { emitCommand } from '../../services/menu-commands';
import { routeHref } from '../../services/routes';
import { documentBlocks } from '../../editor/blocks';
import { selectRange } from '../../editor/select-range';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toasts';
import { indexCodes } from './code-index';
import { CodingDetails } from './CodingDetails';
import { CodingMenu, type CodingMenuState } from './CodingMenu';
import { CodingTargetCard, excerpt } from './CodingTargetCard';
import { DocumentCodes } from './DocumentCodes';
import { codeMime, DocumentFrame } from './DocumentFrame';
import { MemoPanel } from '../memos/MemoPanel';
import { QuickCodePalette } from './QuickCodePalette';
import { SourceFacts } from './SourceFacts';
import { SourcePreamble } from './SourcePreamble';
import { codingTarget } from './target-range';
import { turnHeads } from './turn-heads';
import { useBuiltDocument } from './useBuiltDocument';
import { useCoder, useCodingActions, useRecentCodes } from './useCodingActions';
import { useDocumentCodings } from './useDocumentCodings';
import { useProjectCodes, useSourceData } from '../../store/queries/source-document';
import { useStore } from '../../store/StoreProvider';
import { useCoders } from '../../store/queries/coders';
import { usePaletteShortcut } from './usePaletteShortcut';
import { FindBar } from './FindBar';
import { useFindShortcut } from './useFindShortcut';
import { useMarkMeaningUnit } from '../stc/useMarkMeaningUnit';
import { CoderSwitch } from '../coders/CoderSwitch';

/**
 * The coding workspace for one source: the text with highlights and stripes (DocumentFrame), codes
 * to apply (palette, number keys, drag and drop, whole turns), the selected coding's details and memo.
 */
export function DocumentView({ project, sourceId }: { project: Project; sourceId: string }) {
  const { t, i18n } = useTranslation();
  const { settings, updateSetting } = useApp();
  const { historyFor } = useStore();
  const toast = useToast();
  const history = historyFor(project.id);
  const undoState = useSyncExternalStore(history.subscribe, history.getSnapshot);
  const data = useSourceData(project.id, sourceId);
  const coder = useCoder(project.id);
  const codings = useDocumentCodings(sourceId, data !== undefined, settings.blindCoding ? coder?.id ?? '' : null);
  const codes = useProjectCodes(project.id);
  const coders = useCoders(project.id);
  // Only once a second coder is in the project (a merge, a team) does "whose coding" need saying.
  const coderNames = useMemo(() => (coders && coders.length > 1 ? new Map(coders.map((c) => [c.id, c.name])) : undefined), [coders]);
  const built = useBuiltDocument();
  const [recent, noteRecent] = useRecentCodes(project.id);
  const [selection, setSelection] = useState<Range | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [palette, setPalette] = useState<null | 'code' | 'recode'>(null);
  const [menu, setMenu] = useState<CodingMenuState | null>(null);
  const [fixing, setFixing] = useState(false);
  const [finding, setFinding] = useState<{ from: number; asked: number } | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);

  const text = data?.text ?? '';
  const messages = data?.messages;
  const blocks = useMemo(() => (messages ? documentBlocks(text, messages) : []), [text, messages]);
  const deadline = project.settings.answerDeadlineHours;
  const heads = useMemo(() => turnHeads(blocks, deadline, t, i18n.language), [blocks, deadline, t, i18n.language]);
  const index = useMemo(() => indexCodes(codes ?? []), [codes]);
  const selected = selectedId ? codings.byId.get(selectedId) ?? null : null;

  const wholeWords = settings.snapToWords;
  const target = codingTarget(text, blocks, selection, wholeWords);
  const actions = useCodingActions({ project, sourceId, coder, target, codings, select: setSelectedId, noteRecent });
  const closeMenu = useCallback(() => setMenu(null), []);
  const markMeaningUnit = useMarkMeaningUnit({ projectId: project.id, sourceId, coderId: coder?.id ?? null, target });
  usePaletteShortcut(useCallback(() => setPalette('code'), []));
  useFindShortcut(useCallback(() => setFinding((f) => ({ from: f?.from ?? selection?.start ?? 0, asked: (f?.asked ?? 0) + 1 })), [selection]));

  const jumpTo = useCallback((start: number, end: number) => {
    const editor = editorRef.current;
    if (editor) selectRange(editor, start, end);
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

  const targetLabel = target ? t('coding.targetText', { text: excerpt(text.slice(target.start, target.end)) }) : t('coding.noTarget');
  const apply = (code: Code) => void actions.apply(code);

  return (
    <section className="screen screen-wide" aria-labelledby="screen-title">
      <p>
        <a href={routeHref('sources')}>← {t('sources.back')}</a>
      </p>
      <ScreenHeader title={data.source.title}>
        <CoderSwitch project={project} coder={coder} coders={coders} />
        <button type="button" className="button" onClick={() => emitCommand('undo')} disabled={!undoState.undo} title={t('coding.undoHint')}>
          {undoState.undo ? t('coding.undoStep', { step: t(`history.${undoState.undo.key}`, undoState.undo.values ?? {}) }) : t('coding.undo')}
        </button>
        <button type="button" className="button" onClick={() => emitCommand('redo')} disabled={!undoState.redo}>
          {t('coding.redo')}
        </button>
      </ScreenHeader>
      <SourceFacts source={data.source} attributes={data.attributes} />
      <SourcePreamble text={text} preamble={data.source.preamble} />
      {finding && (
        <FindBar
          text={text}
          blocks={blocks}
          content={built.content}
          layoutVersion={built.layoutVersion}
          from={finding.from}
          focusRequest={finding.asked}
          onHit={setSelection}
          onClose={(hit) => {
            setFinding(null);
            const editor = editorRef.current;
            editor?.getRootElement()?.focus({ preventScroll: true });
            if (editor && hit) selectRange(editor, hit.start, hit.end);
          }}
        />
      )}
      <div className="coding-layout">
        <DocumentFrame
          label={t('coding.documentLabel', { title: data.source.title })}
          text={text}
          blocks={blocks}
          heads={heads}
          codings={codings}
          index={index}
          built={built}
          selected={selected}
          editorRef={editorRef}
          onSelection={setSelection}
          onSelectCoding={setSelectedId}
          onApply={apply}
          onNoPinned={(key) => toast({ message: t('coding.noPinned', { key }) })}
          onCodeTurn={(block) => {
            jumpTo(block.start, block.end);
            setSelection({ start: block.start, end: block.end });
            setPalette('code');
          }}
          onMenu={setMenu}
          onResize={actions.resize}
        />
        <aside className="coding-side" aria-label={t('coding.sideLabel')}>
          <CodingTargetCard
            text={text}
            targetLabel={targetLabel}
            canCode={target !== null}
            selection={selection}
            wholeWords={wholeWords}
            onWholeWords={(on) => void updateSetting('snapToWords', on)}
            fixing={fixing}
            onFixing={setFixing}
            coderId={coder?.id ?? null}
            sourceId={sourceId}
            onOpenPalette={() => setPalette('code')}
            onMeaningUnit={markMeaningUnit}
            onFixed={setSelection}
          />
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
              onResize={(start, end) => actions.resize(selected.id, start, end)}
              onRecode={() => setPalette('recode')}
              onRemove={() => {
                actions.remove([selected.id]);
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
            codings={codings.codings}
            text={text}
            canCode={target !== null}
            selectedId={selectedId}
            dragType={codeMime}
            coderNames={coderNames}
            onApply={apply}
            onSelectCoding={(id) => {
              setSelectedId(id);
              const c = codings.byId.get(id);
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
          if (mode === 'recode') {
            if (selected) void actions.recode(selected.id, code);
          } else apply(code);
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
          codings={menu.codingIds.map((id) => codings.byId.get(id)).filter((c) => c !== undefined)}
          paths={index.paths}
          canResize={selection !== null && selection.end > selection.start}
          onSelect={(id) => setSelectedId(id)}
          onRemove={(id) => actions.remove([id])}
          onResize={(id) => selection && actions.resize(id, selection.start, selection.end)}
          onClose={closeMenu}
        />
      )}
    </section>
  );
}
