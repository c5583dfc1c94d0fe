import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { Code, Coding } from '../../../shared/model';
import { measureSomeStripes, measureStripes, type StripeBox } from './stripe-layout';

const laneWidth = 8;

/** More changed codings than this at once (an undo of a large step) are measured with everything else, in one pass. */
const fewChanges = 200;

interface Measured {
  content: HTMLElement;
  layoutVersion: number;
  codings: ReadonlyMap<string, Coding>;
}

/**
 * Coding stripes in the margin: one column per code, a bar beside every coding. Hover names the
 * code; a click selects the coding.
 *
 * Every stripe is measured when the layout may have changed (built, resized); when only codings
 * change, only the added or moved ones are measured, before the frame is painted, and the others
 * keep their boxes (the text does not move when a highlight is drawn).
 */
export function CodingStripes(props: {
  content: HTMLElement | null;
  codings: readonly Coding[];
  lanes: Map<string, number>;
  codes: Map<string, Code>;
  paths: Map<string, string>;
  /** Changes whenever the document's layout may have changed (built, resized). */
  layoutVersion: number;
  selectedId: string | null;
  onSelect: (codingId: string) => void;
}) {
  const { content, codings, layoutVersion } = props;
  const [boxes, setBoxes] = useState<ReadonlyMap<string, StripeBox>>(() => new Map());
  const measured = useRef<Measured | null>(null);

  useLayoutEffect(() => {
    if (!content) return;
    const byId = new Map(codings.map((c) => [c.id, c]));
    const last = measured.current;
    if (last && last.content === content && last.layoutVersion === layoutVersion) {
      const moved = codings.filter((c) => {
        const old = last.codings.get(c.id);
        return !old || old.start !== c.start || old.end !== c.end;
      });
      const gone = [...last.codings.keys()].filter((id) => !byId.has(id));
      if (moved.length + gone.length <= fewChanges) {
        measured.current = { content, layoutVersion, codings: byId };
        if (moved.length === 0 && gone.length === 0) return;
        const fresh = measureSomeStripes(content, moved);
        setBoxes((current) => {
          const next = new Map(current);
          for (const id of gone) next.delete(id);
          for (const box of fresh) next.set(box.codingId, box);
          return next;
        });
        return;
      }
    }
    const frame = requestAnimationFrame(() => {
      measured.current = { content, layoutVersion, codings: byId };
      setBoxes(new Map(measureStripes(content, codings).map((b) => [b.codingId, b])));
    });
    return () => cancelAnimationFrame(frame);
  }, [content, codings, layoutVersion]);

  const byId = new Map(codings.map((c) => [c.id, c]));
  const stripes: React.ReactNode[] = [];
  for (const box of boxes.values()) {
    const coding = byId.get(box.codingId);
    const code = coding && props.codes.get(coding.codeId);
    if (!coding || !code) continue;
    stripes.push(
      <Stripe
        key={box.codingId}
        box={box}
        codingId={coding.id}
        left={(props.lanes.get(code.id) ?? 0) * laneWidth}
        color={code.color}
        title={props.paths.get(code.id) ?? code.name}
        selected={box.codingId === props.selectedId}
        onSelect={props.onSelect}
      />,
    );
  }
  return (
    <div className="stripes" style={{ width: Math.max(1, props.lanes.size) * laneWidth + 4 }} aria-hidden="true">
      {stripes}
    </div>
  );
}

/** One bar; drawn again only when its own place, colour or selection changes. */
const Stripe = memo(function Stripe(props: {
  box: StripeBox;
  codingId: string;
  left: number;
  color: string;
  title: string;
  selected: boolean;
  onSelect: (codingId: string) => void;
}) {
  return (
    <button
      type="button"
      tabIndex={-1}
      className={props.selected ? 'stripe is-selected' : 'stripe'}
      title={props.title}
      data-coding={props.codingId}
      style={{ top: props.box.top, height: props.box.height, left: props.left, background: props.color }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => props.onSelect(props.codingId)}
    />
  );
});
