/** What a person writes in a memo. */
export interface MemoContent {
  title: string;
  /** Serialised Lexical editor state. */
  content: string;
  plainText: string;
}

/**
 * Memo content is a serialised Lexical editor state. These helpers build and join such states as
 * plain JSON (no editor needed), so commands such as "merge codes" can carry one memo into another
 * without losing the formatting of either.
 */
interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  [key: string]: unknown;
}

interface SerializedState {
  root: SerializedNode & { children: SerializedNode[] };
}

function textNode(text: string, format = 0): SerializedNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export function paragraphNode(text: string, format = 0): SerializedNode {
  return {
    children: text ? [textNode(text, format)] : [],
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
    textFormat: format,
    textStyle: '',
  };
}

function rootOf(children: SerializedNode[]): SerializedState {
  return { root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 } };
}

/** Plain text as an editor state: one paragraph per line. */
export function stateFromPlainText(text: string): string {
  const lines = text.split('\n');
  return JSON.stringify(rootOf(lines.map((line) => paragraphNode(line))));
}

/** The editor state stored in a memo, or null when it is empty or not a Lexical state (old or imported memos). */
export function parseMemoState(content: string): SerializedState | null {
  try {
    const parsed = JSON.parse(content) as Partial<SerializedState>;
    const root = parsed?.root;
    if (!root || root.type !== 'root' || !Array.isArray(root.children) || root.children.length === 0) return null;
    return parsed as SerializedState;
  } catch {
    return null;
  }
}

/** A memo's content fit for the editor: its own state, or its plain text turned into paragraphs. */
export function editorStateOf(memo: { content: string; plainText: string }): string | null {
  if (parseMemoState(memo.content)) return memo.content;
  return memo.plainText.trim() ? stateFromPlainText(memo.plainText) : null;
}

/**
 * `into` followed by `from`, under a bold line naming where the added text came from (e.g. the
 * merged code), so a reader of the memo can still tell the two apart.
 */
export function appendMemoContent(into: MemoContent, from: MemoContent, heading: string): MemoContent {
  const intoState = parseMemoState(into.content) ?? JSON.parse(stateFromPlainText(into.plainText)) as SerializedState;
  const fromState = parseMemoState(from.content) ?? JSON.parse(stateFromPlainText(from.plainText)) as SerializedState;
  const bold = 1;
  const children = [...intoState.root.children, paragraphNode(heading, bold), ...fromState.root.children];
  return {
    title: into.title || from.title,
    content: JSON.stringify(rootOf(children)),
    plainText: [into.plainText.trimEnd(), heading, from.plainText.trim()].filter(Boolean).join('\n\n'),
  };
}
