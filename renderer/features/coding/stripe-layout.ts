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
  const spans = Array.from(content.querySelectorAll<HTMLElement>('span[data-start]'));
  const starts = spans.map((s) => Number(s.dataset.start));
  const first = textRect(spans, starts, coding.start);
  const last = textRect(spans, starts, coding.end - 1);
  if (!first || !last) return null;
  const origin = frame.getBoundingClientRect();
  return {
    start: { left: first.left - origin.left, top: first.top - origin.top, height: first.height },
    end: { left: last.right - origin.left, top: last.top - origin.top, height: last.height },
  };
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
  const local = Math.min(offset - starts[found]!, node.length - 1);
  const range = document.createRange();
  range.setStart(node, local);
  range.setEnd(node, local + 1);
  const rects = range.getClientRects();
  return rects[0] ?? range.getBoundingClientRect();
}

/**
 * Measures each coding's vertical extent in the rendered document. Reads layout once for all
 * codings (no writes in between), so a long transcript measures in one pass.
 */
export function measureStripes(content: HTMLElement, codings: { id: string; start: number; end: number }[]): StripeBox[] {
  const spans = Array.from(content.querySelectorAll<HTMLElement>('span[data-start]'));
  const starts = spans.map((s) => Number(s.dataset.start));
  const origin = content.getBoundingClientRect().top;
  const boxes: StripeBox[] = [];
  for (const c of codings) {
    const first = textRect(spans, starts, c.start);
    const last = textRect(spans, starts, c.end - 1);
    if (!first || !last) continue;
    boxes.push({ codingId: c.id, top: first.top - origin, height: Math.max(6, last.bottom - first.top) });
  }
  return boxes;
}
