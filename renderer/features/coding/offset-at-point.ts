/**
 * The source offset under a screen point in the document view, from the text run under it
 * (each run carries its start offset in `data-start`). Null outside the text.
 */
export function offsetAtPoint(x: number, y: number): number | null {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode;
  if (!caret || !(node instanceof Text)) return null;
  const run = node.parentElement?.closest<HTMLElement>('span[data-start]');
  if (!run) return null;
  return Number(run.dataset.start) + caret.offset;
}
