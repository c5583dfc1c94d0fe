/**
 * The part of a meaning unit's shown text the user has selected, as offsets into the source
 * (the element shows source text from `unitStart` on, as one run of text); null when the selection
 * is empty or not wholly inside the element, and then the whole unit is the quote.
 */
export function selectedSpan(element: HTMLElement | null, unitStart: number): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  if (end <= start) return null;
  return { start: unitStart + start, end: unitStart + end };
}
