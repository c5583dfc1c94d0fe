import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $getNodeByKey } from 'lexical';

/** What a mark needs to know of a coding it holds. */
export interface MarkedCoding {
  codeId: string;
  start: number;
  end: number;
}

/** A code id as part of a CSS custom property name: ULIDs pass as they are, anything else is escaped one-to-one. */
const cssName = (codeId: string) => codeId.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);

/**
 * A code's colour as a CSS variable the document's container sets (`codeColorVariables`): a mark
 * names its code, never the colour, so recolouring a code repaints no mark from script.
 */
export function codeColor(codeId: string): string {
  return `var(--code-${cssName(codeId)}, #888888)`;
}

/** The variables `codeColor` reads, one per code, for the style of an element around the document. */
export function codeColorVariables(codes: Iterable<{ id: string; color: string }>): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const c of codes) vars[`--code-${cssName(c.id)}`] = c.color;
  return vars;
}

/** How a highlight looks: the colour of its innermost coding, a second colour when codings overlap. */
function paint(element: HTMLElement, ids: string[], codings: ReadonlyMap<string, MarkedCoding>, selectedId: string | null) {
  const here = ids
    .map((id) => codings.get(id))
    .filter((c) => c !== undefined)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const color = here[0] ? codeColor(here[0].codeId) : '#888888';
  element.style.setProperty('--mark', color);
  element.style.setProperty('--mark-2', here[1] ? codeColor(here[1].codeId) : color);
  element.dataset.count = String(here.length);
  element.dataset.codings = ids.join(' ');
  element.classList.toggle('is-selected', selectedId !== null && ids.includes(selectedId));
}

/** Whether a coding looks different in a mark: another code, or another length (which coding is innermost). */
const sameLook = (a: MarkedCoding | undefined, b: MarkedCoding | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.codeId === b.codeId && a.end - a.start === b.end - b.start);

/**
 * Colours the marks from the codings they hold; the marks themselves hold nothing but ids. A mark
 * is painted when it is drawn, and again only when a coding it holds changes its code or length,
 * or is selected or unselected: adding one coding repaints only the marks around it.
 */
/**
 * The ids of the codings that changed between two versions of the codings map, when the caller
 * knows them (adding one coding beside 10,000 need not compare the other 10,000).
 */
export interface CodingChanges {
  fromVersion: number;
  version: number;
  ids: readonly string[];
}

export function MarkStylePlugin({
  codings,
  changes,
  selectedId,
}: {
  codings: ReadonlyMap<string, MarkedCoding>;
  changes?: CodingChanges | null;
  selectedId: string | null;
}) {
  const [editor] = useLexicalComposerContext();
  /** Ids held by each live mark, and the marks holding each id. */
  const idsOf = useRef(new Map<string, string[]>());
  const marksOf = useRef(new Map<string, Set<string>>());
  const latest = useRef({ codings, selectedId, version: changes?.version ?? null });

  useLayoutEffect(() => {
    const before = latest.current;
    latest.current = { codings, selectedId, version: changes?.version ?? null };
    if (before.codings === codings && before.selectedId === selectedId) return;
    const dirty = new Set<string>();
    if (before.selectedId !== selectedId) {
      if (before.selectedId) dirty.add(before.selectedId);
      if (selectedId) dirty.add(selectedId);
    }
    if (before.codings !== codings) {
      if (changes && before.version !== null && changes.fromVersion === before.version) for (const id of changes.ids) dirty.add(id);
      else {
        for (const [id, c] of codings) if (!sameLook(before.codings.get(id), c)) dirty.add(id);
        for (const id of before.codings.keys()) if (!codings.has(id)) dirty.add(id);
      }
    }
    const keys = new Set<string>();
    for (const id of dirty) for (const key of marksOf.current.get(id) ?? []) keys.add(key);
    for (const key of keys) {
      const element = editor.getElementByKey(key);
      if (element) paint(element, idsOf.current.get(key) ?? [], codings, selectedId);
    }
  }, [editor, codings, changes, selectedId]);

  useEffect(
    () =>
      editor.registerMutationListener(
        MarkNode,
        (mutations) => {
          const forget = (key: string) => {
            for (const id of idsOf.current.get(key) ?? []) {
              const marks = marksOf.current.get(id);
              marks?.delete(key);
              if (marks?.size === 0) marksOf.current.delete(id);
            }
            idsOf.current.delete(key);
          };
          const drawn: string[] = [];
          for (const [key, mutation] of mutations) {
            forget(key);
            if (mutation !== 'destroyed') drawn.push(key);
          }
          if (drawn.length === 0) return;
          // One read of the editor state for every new mark of an update.
          editor.getEditorState().read(() => {
            for (const key of drawn) {
              const node = $getNodeByKey(key);
              const ids = $isMarkNode(node) ? node.getIDs() : [];
              idsOf.current.set(key, ids);
              for (const id of ids) {
                const marks = marksOf.current.get(id);
                if (marks) marks.add(key);
                else marksOf.current.set(id, new Set([key]));
              }
            }
          });
          const { codings, selectedId } = latest.current;
          for (const key of drawn) {
            const element = editor.getElementByKey(key);
            if (element) paint(element, idsOf.current.get(key)!, codings, selectedId);
          }
        },
        { skipInitialization: false },
      ),
    [editor],
  );
  return null;
}
