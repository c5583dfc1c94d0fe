import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  type EditorState,
} from 'lexical';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $getNearestNodeOfType } from '@lexical/utils';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { MemoContent } from '../../store/commands/memos';

const theme = {
  paragraph: 'memo-paragraph',
  text: { bold: 'memo-bold', italic: 'memo-italic' },
  list: { ul: 'memo-ul', ol: 'memo-ol', listitem: 'memo-li', nested: { listitem: 'memo-li-nested' } },
};

type ListKind = 'bullet' | 'number' | null;

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  list: ListKind;
}

function readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { bold: false, italic: false, list: null };
  const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    list: list && $isListNode(list) ? (list.getListType() === 'number' ? 'number' : list.getListType() === 'bullet' ? 'bullet' : null) : null,
  };
}

/** Bold, italic and the two list kinds; the buttons say whether they are on where the cursor is. */
function Toolbar({ label }: { label: string }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>({ bold: false, italic: false, list: null });

  // Every selection change is an editor update, so one listener keeps the buttons right.
  useEffect(
    () => editor.registerUpdateListener(({ editorState }) => editorState.read(() => setState(readToolbarState()))),
    [editor],
  );

  const toggleList = (kind: 'bullet' | 'number') => {
    if (state.list === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  };

  return (
    <div className="memo-toolbar" role="group" aria-label={t('memos.toolbar', { memo: label })}>
      <ToolButton pressed={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} label={t('memos.bold')} title={t('memos.boldHint')} keys="Control+B">
        <strong>B</strong>
      </ToolButton>
      <ToolButton pressed={state.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} label={t('memos.italic')} title={t('memos.italicHint')} keys="Control+I">
        <em>I</em>
      </ToolButton>
      <ToolButton pressed={state.list === 'bullet'} onClick={() => toggleList('bullet')} label={t('memos.bulletList')} title={t('memos.bulletList')}>
        •≡
      </ToolButton>
      <ToolButton pressed={state.list === 'number'} onClick={() => toggleList('number')} label={t('memos.numberedList')} title={t('memos.numberedList')}>
        1.
      </ToolButton>
    </div>
  );
}

/** A toggle in the memo toolbar: the mark it shows is hidden from screen readers, which hear the label. */
function ToolButton(props: { pressed: boolean; onClick: () => void; label: string; title: string; keys?: string; children: React.ReactNode }) {
  return (
    <button
      type="button"
      className="memo-tool"
      aria-pressed={props.pressed}
      // Keep focus in the text: mousedown would otherwise move it and lose the selection.
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onClick}
      title={props.title}
      aria-keyshortcuts={props.keys}
    >
      <span aria-hidden="true">{props.children}</span>
      <span className="visually-hidden">{props.label}</span>
    </button>
  );
}

/** Stops Ctrl/Cmd+I (italic) from also opening File ▸ Import in the browser build. */
function KeepShortcutsInside() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        const stop = (e: KeyboardEvent) => {
          if ((e.ctrlKey || e.metaKey) && !e.altKey && ['i', 'b', 'u'].includes(e.key.toLowerCase())) e.stopPropagation();
        };
        previous?.removeEventListener('keydown', stop);
        root?.addEventListener('keydown', stop);
      }),
    [editor],
  );
  return null;
}

export function contentOf(editorState: EditorState): MemoContent {
  return editorState.read(() => ({
    title: '',
    content: JSON.stringify(editorState.toJSON()),
    plainText: $getRoot().getTextContent(),
  }));
}

/**
 * A rich-text memo: bold, italic, bulleted and numbered lists. Typing has its own undo inside the
 * editor (Ctrl+Z while writing undoes typing, not the last project step). `initialState` is read
 * once, when the editor mounts; the parent remounts it (new key) to show a memo changed elsewhere.
 */
export function MemoEditor(props: {
  /** What the memo is about, for the text field's accessible name ("Memo on Clear boundary work"). */
  label: string;
  initialState: string | null;
  onChange: (content: MemoContent) => void;
  onBlur?: () => void;
  describedBy?: string;
  /** What to write here, shown in the empty field; defaults to the memo hint. */
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const placeholder = props.placeholder ?? t('memos.placeholder');
  const { onChange } = props;
  const initialConfig = {
    namespace: 'kodebok-memo',
    theme,
    nodes: [ListNode, ListItemNode],
    editorState: props.initialState,
    onError: (error: Error) => {
      throw error;
    },
  };
  // Loading the stored state is tagged history-merge and ignored: only the user's edits are saved.
  const changed = useCallback((editorState: EditorState) => onChange(contentOf(editorState)), [onChange]);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="memo-editor">
        <Toolbar label={props.label} />
        <div className="memo-surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="memo-content"
                aria-label={props.label}
                aria-multiline
                aria-describedby={props.describedBy}
                aria-placeholder={placeholder}
                placeholder={<div className="memo-placeholder">{placeholder}</div>}
                onBlur={props.onBlur}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <KeepShortcutsInside />
        <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={changed} />
      </div>
    </LexicalComposer>
  );
}
