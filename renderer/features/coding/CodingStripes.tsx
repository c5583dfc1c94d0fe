import { useLayoutEffect, useState } from 'react';
import type { Code, Coding } from '../../../shared/model';
import { measureStripes, type StripeBox } from './stripe-layout';

const laneWidth = 8;

/**
 * Coding stripes in the margin: one column per code, a bar beside every coding. Hover names the
 * code; a click selects the coding.
 */
export function CodingStripes(props: {
  content: HTMLElement | null;
  codings: Coding[];
  lanes: Map<string, number>;
  codes: Map<string, Code>;
  paths: Map<string, string>;
  /** Changes whenever the document's layout may have changed (build finished, codings changed). */
  layoutVersion: number;
  selectedId: string | null;
  onSelect: (codingId: string) => void;
}) {
  const { content, codings, layoutVersion } = props;
  const [boxes, setBoxes] = useState<StripeBox[]>([]);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    if (!content) return;
    let frame = requestAnimationFrame(() => setBoxes(measureStripes(content, codings)));
    const observer = new ResizeObserver(() => {
      const next = content.getBoundingClientRect().width;
      setWidth((w) => {
        if (w !== next) {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => setBoxes(measureStripes(content, codings)));
        }
        return next;
      });
    });
    observer.observe(content);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [content, codings, layoutVersion]);

  const byId = new Map(codings.map((c) => [c.id, c]));
  return (
    <div className="stripes" style={{ width: Math.max(1, props.lanes.size) * laneWidth + 4 }} aria-hidden="true" data-width={width}>
      {boxes.map((box) => {
        const coding = byId.get(box.codingId);
        const code = coding && props.codes.get(coding.codeId);
        if (!coding || !code) return null;
        return (
          <button
            key={box.codingId}
            type="button"
            tabIndex={-1}
            className={box.codingId === props.selectedId ? 'stripe is-selected' : 'stripe'}
            title={props.paths.get(code.id) ?? code.name}
            data-coding={coding.id}
            style={{ top: box.top, height: box.height, left: (props.lanes.get(code.id) ?? 0) * laneWidth, background: code.color }}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onSelect(coding.id)}
          />
        );
      })}
    </div>
  );
}
