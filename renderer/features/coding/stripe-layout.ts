/** Where a coding's stripe goes: measured from the laid-out text, in pixels from the top of the text column. */
export interface StripeBox {
  codingId: string;
  top: number;
  height: number;
}

/** Where a coding's first and last characters sit, relative to the frame around the document. */
export interface EdgeBoxes {
  start: { left: number; top: number; height: number };
  end: { left: number; top: number; height: number };
}

export function measureEdges(frame: HTMLElement, content: HTMLElement, coding: { start: number; end: number }): EdgeBoxes | null {
  const first = rectNear(content, coding.start);
  const last = rectNear(content, coding.end - 1);
  if (!first || !last) return null;
  const origin = frame.getBoundingClientRect();
  return {
    start: { left: first.left - origin.left, top: first.top - origin.top, height: first.height },
    end: { left: last.right - origin.left, top: last.top - origin.top, height: last.height },
  };
}

/**
 * One Range for every measurement. A Range is live: the browser updates every Range not yet
 * garbage-collected on each DOM change, so a fresh Range per coding (20,000 on a coded transcript)
 * made each later edit of the document walk them all (removing one mark cost ~180 ms at 10,000 codings).
 */
let measuring: Range | null = null;

function measureChar(node: Text, local: number): DOMRect {
  measuring ??= document.createRange();
  const range = measuring;
  range.setStart(node, local);
  range.setEnd(node, local + 1);
  const rects = range.getClientRects();
  const rect = rects[0] ?? range.getBoundingClientRect();
  // Let go of the text node, so the range neither pins it nor is moved by edits around it.
  range.setStart(document, 0);
  range.collapse(true);
  return rect;
}

function textRect(spans: HTMLElement[], starts: number[], offset: number): DOMRect | null {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const node = spans[found]!.firstChild;
  if (!(node instanceof Text) || node.length === 0) return spans[found]!.getBoundingClientRect();
  return measureChar(node, Math.min(offset - starts[found]!, node.length - 1));
}

/**
 * The text runs of the turn holding an offset: the turns (the document's children, each with its
 * `data-start`) are found by binary search, so one coding is measured without listing every run of
 * a long transcript. Falls back to every run when the document is not cut into turns.
 */
function runsNear(content: HTMLElement, offset: number): HTMLElement[] {
  const turns = content.children;
  let lo = 0;
  let hi = turns.length - 1;
  let found: Element | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = Number((turns[mid] as HTMLElement).dataset.start);
    if (Number.isNaN(start)) return Array.from(content.querySelectorAll<HTMLElement>('span[data-start]'));
    if (start <= offset) {
      found = turns[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found ? Array.from(found.querySelectorAll<HTMLElement>('span[data-start]')) : [];
}

function rectNear(content: HTMLElement, offset: number): DOMRect | null {
  const spans = runsNear(content, offset);
  return textRect(spans, spans.map((s) => Number(s.dataset.start)), offset);
}

/** Measures a few codings (those just added or moved), each through the turns at its ends. */
export function measureSomeStripes(content: HTMLElement, codings: { id: string; start: number; end: number }[]): StripeBox[] {
  const origin = content.getBoundingClientRect().top;
  const boxes: StripeBox[] = [];
  for (const c of codings) {
    const first = rectNear(content, c.start);
    const last = rectNear(content, c.end - 1);
    if (!first || !last) continue;
    boxes.push({ codingId: c.id, top: first.top - origin, height: Math.max(6, last.bottom - first.top) });
  }
  return boxes;
}
