import { useEffect, useRef, useState } from 'react';
import type { Range } from '../../../shared/ranges/range';

/** How far beyond the visible part of the document turns count as near (a screen or two either way). */
const margin = '1500px 0px';

const isTurn = (node: Node): node is HTMLElement => node instanceof HTMLElement && node.dataset.start !== undefined && node.dataset.end !== undefined;

/** The stretch of the source the turns cover, from their own data-start / data-end. */
function covered(turns: Iterable<HTMLElement>): Range | null {
  let start = Infinity;
  let end = -Infinity;
  for (const turn of turns) {
    if (!turn.isConnected) continue;
    start = Math.min(start, Number(turn.dataset.start));
    end = Math.max(end, Number(turn.dataset.end));
  }
  return start <= end ? { start, end } : null;
}

const sameRange = (a: Range | null, b: Range | null) => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

/**
 * The stretch of the source (offsets) covered by the turns on or near the screen, or null before
 * the document is built. Stripes are measured and drawn only there: the turns elsewhere are not
 * laid out at all (content-visibility), and measuring them would lay them out. One
 * IntersectionObserver watches the turns (a MutationObserver hands it new ones), so scrolling costs
 * nothing until a turn comes near; `layoutVersion` re-reads the turns' offsets after a typo fix.
 */
export function useNearTurns(content: HTMLElement | null, layoutVersion: number): Range | null {
  const [near, setNear] = useState<Range | null>(null);
  const inView = useRef(new Set<HTMLElement>());
  useEffect(() => {
    if (!content) return;
    const seen = inView.current;
    seen.clear();
    const update = () => {
      const next = covered(seen);
      setNear((current) => (sameRange(current, next) ? current : next));
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) seen.add(e.target as HTMLElement);
          else seen.delete(e.target as HTMLElement);
        }
        update();
      },
      { rootMargin: margin },
    );
    for (const child of Array.from(content.children)) if (isTurn(child)) observer.observe(child);
    const turnsChanged = new MutationObserver((records) => {
      for (const r of records) {
        r.addedNodes.forEach((n) => isTurn(n) && observer.observe(n));
        r.removedNodes.forEach((n) => {
          if (!isTurn(n)) return;
          observer.unobserve(n);
          seen.delete(n);
        });
      }
      update();
    });
    turnsChanged.observe(content, { childList: true });
    return () => {
      observer.disconnect();
      turnsChanged.disconnect();
    };
  }, [content]);
  useEffect(() => {
    const next = covered(inView.current);
    setNear((current) => (sameRange(current, next) ? current : next));
  }, [layoutVersion]);
  return near;
}
