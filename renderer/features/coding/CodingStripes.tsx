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
  /** Changes whenever the document's layout may have changed (built, resized). */
  layoutVersion: number;
  selectedId: string | null;
  onSelect: (codingId: string) => void;
}) {
  const { content, codings, layoutVersion } = props;
  const [boxes, setBoxes] = useState<StripeBox[]>([]);

  useLayoutEffect(() => {
    if (!content) return;
    const frame = requestAnimationFrame(() => setBoxes(measureStripes(content, codings)));
    return () => cancelAnimationFrame(frame);
  }, [content, codings, layoutVersion]);

  const byId = new Map(codings.map((c) => [c.id, c]));
  return (
    <div className="stripes" style={{ width: Math.max(1, props.lanes.size) * laneWidth + 4 }} aria-hidden="true">
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
