import type { Range as TextRange } from '../../../shared/ranges/range';

/**
 * Paints find-in-document hits with the CSS Custom Highlight API: no element is added to the
 * document (Lexical owns its DOM, and marks hold only coding ids), and StaticRanges are not live,
 * so many hits cost later edits nothing (see stripe-layout's note on live Ranges). They are painted
 * again whenever the text is laid out anew.
 */
const allName = 'kodebok-find';
const currentName = 'kodebok-find-current';

/** The text runs of the document (each span carries its start offset) with their starts, in order. */
function runsOf(content: HTMLElement): { spans: HTMLElement[]; starts: number[] } {
  const spans = Array.from(content.querySelectorAll<HTMLElement>('span[data-start]'));
  return { spans, starts: spans.map((s) => Number(s.dataset.start)) };
}

/** The text node and offset in it where a source offset lies; `atEnd` takes the run before a run edge. */
function domPoint(runs: { spans: HTMLElement[]; starts: number[] }, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  const key = atEnd ? offset - 1 : offset;
  let lo = 0;
  let hi = runs.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs.starts[mid]! <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const node = runs.spans[found]!.firstChild;
  if (!(node instanceof Text)) return null;
  const local = offset - runs.starts[found]!;
  return local >= 0 && local <= node.length ? { node, offset: local } : null;
}

function staticRange(runs: { spans: HTMLElement[]; starts: number[] }, hit: TextRange): StaticRange | null {
  const start = domPoint(runs, hit.start, false);
  const end = domPoint(runs, hit.end, true);
  if (!start || !end) return null;
  return new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Paints every hit, and the current one apart; returns where the current hit is on screen (for scrolling). */
export function paintFindHits(content: HTMLElement, hits: readonly TextRange[], current: number): DOMRect | null {
  if (!supported()) return null;
  const runs = runsOf(content);
  const all = new Highlight();
  let currentRange: StaticRange | null = null;
  hits.forEach((hit, i) => {
    const range = staticRange(runs, hit);
    if (!range) return;
    if (i === current) currentRange = range;
    else all.add(range);
  });
  CSS.highlights.set(allName, all);
  CSS.highlights.set(currentName, currentRange ? new Highlight(currentRange) : new Highlight());
  return currentRange ? rectOf(currentRange) : null;
}

export function clearFindHits(): void {
  if (!supported()) return;
  CSS.highlights.delete(allName);
  CSS.highlights.delete(currentName);
}

function rectOf(range: StaticRange): DOMRect {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const rect = live.getBoundingClientRect();
  // Let go of the text, so this Range is not kept up to date on every later edit.
  live.setStart(document, 0);
  live.collapse(true);
  return rect;
}

/** Scrolls the nearest scrolling ancestor of `content` so the rectangle sits in the middle, when it is not in view. */
export function scrollRectIntoView(content: HTMLElement, rect: DOMRect): void {
  let box: HTMLElement | null = content.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
  const view = box ?? document.scrollingElement;
  if (!(view instanceof HTMLElement)) return;
  const frame = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight, height: window.innerHeight };
  if (rect.top >= frame.top + 40 && rect.bottom <= frame.bottom - 40) return;
  view.scrollTop += rect.top - frame.top - frame.height / 2 + rect.height / 2;
}
