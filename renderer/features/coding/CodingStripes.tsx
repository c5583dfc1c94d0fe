import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { Code, Coding } from '../../../shared/model';
import type { Range } from '../../../shared/ranges/range';
import { deltaSince, type CodingsSnapshot } from './codings-snapshot';
import { measureSomeStripes, type StripeBox } from './stripe-layout';
import { useNearTurns } from './useNearTurns';

const laneWidth = 8;

interface Measured {
  content: HTMLElement;
  layoutVersion: number;
  near: Range;
  codings: CodingsSnapshot;
}

/**
 * Coding stripes in the margin: one column per code, a bar beside every coding near the screen.
 * Hover names the code; a click selects the coding.
 *
 * Only the codings in the turns on or near the screen are measured and drawn (useNearTurns): a
 * 200-page transcript lays out only what is looked at, and a resize or a scroll measures a few
 * hundred codings, not 20,000. When only codings change, only the added or moved ones are measured,
 * before the frame is painted, and the others keep their boxes (the text does not move when a
 * highlight is drawn); the snapshot's delta says which those are.
 */
export function CodingStripes(props: {
  content: HTMLElement | null;
  codings: CodingsSnapshot;
  lanes: Map<string, number>;
  codes: Map<string, Code>;
  paths: Map<string, string>;
  /** Changes whenever the document's layout may have changed (built, resized). */
  layoutVersion: number;
  selectedId: string | null;
  onSelect: (codingId: string) => void;
}) {
  const { content, codings, layoutVersion } = props;
  const near = useNearTurns(content, layoutVersion);
  const [boxes, setBoxes] = useState<Boxes>(noBoxes);
  const measured = useRef<Measured | null>(null);

  useLayoutEffect(() => {
    if (!content || !near) return;
    const isNear = (c: Coding) => c.start < near.end && c.end > near.start;
    const last = measured.current;
    measured.current = { content, layoutVersion, near, codings };
    if (last && last.content === content && last.layoutVersion === layoutVersion && last.near === near) {
      const { moved, gone } = changedSince(last.codings, codings);
      if (moved.length === 0 && gone.length === 0) return;
      const away = moved.filter((c) => !isNear(c)).map((c) => c.id);
      const fresh = withCodes(measureSomeStripes(content, moved.filter(isNear)), codings.byId);
      setBoxes((current) => changeBoxes(current, [...gone, ...away], fresh));
      return;
    }
    // Opened, resized or scrolled to other turns: the codings near the screen, measured anew.
    setBoxes(changeBoxes(noBoxes, [], withCodes(measureSomeStripes(content, codings.list.filter(isNear)), codings.byId)));
  }, [content, codings, layoutVersion, near]);

  const selectedChunk = props.selectedId ? boxes.byId.get(props.selectedId)?.chunk : undefined;
  return (
    <div className="stripes" style={{ width: Math.max(1, props.lanes.size) * laneWidth + 4 }} aria-hidden="true">
      {[...boxes.chunks].map(([chunk, inChunk]) => (
        <StripeChunk
          key={chunk}
          chunk={chunk}
          boxes={inChunk}
          lanes={props.lanes}
          codes={props.codes}
          paths={props.paths}
          selectedId={chunk === selectedChunk ? props.selectedId : null}
          onSelect={props.onSelect}
        />
      ))}
    </div>
  );
}

/** The codings to measure again (added, moved or recoded) and the ids gone, since the snapshot last measured. */
function changedSince(last: CodingsSnapshot, now: CodingsSnapshot): { moved: Coding[]; gone: string[] } {
  const delta = deltaSince(now, last.version);
  if (delta) {
    return { moved: [...delta.added, ...delta.changed.map((c) => c.after)], gone: delta.removed.map((c) => c.id) };
  }
  const moved = now.list.filter((c) => {
    const old = last.byId.get(c.id);
    return !old || old.start !== c.start || old.end !== c.end || old.codeId !== c.codeId;
  });
  const gone = [...last.byId.keys()].filter((id) => !now.byId.has(id));
  return { moved, gone };
}

/** A measured stripe, with the code it is drawn in and the stretch of the margin (chunk) it is listed under. */
interface CodedBox extends StripeBox {
  codeId: string;
  chunk: number;
}

/**
 * The stripes by id and in chunks of the margin: a change re-renders only the chunks it touches,
 * so adding one coding beside 20,000 does not walk 20,000 stripes.
 */
interface Boxes {
  byId: ReadonlyMap<string, CodedBox>;
  chunks: ReadonlyMap<number, ReadonlyMap<string, CodedBox>>;
}

const noBoxes: Boxes = { byId: new Map(), chunks: new Map() };
/** Height of a chunk of the margin, in pixels: a few screens. */
const chunkHeight = 2000;

function withCodes(boxes: StripeBox[], codings: ReadonlyMap<string, Coding>): CodedBox[] {
  return boxes.map((b) => ({ ...b, codeId: codings.get(b.codingId)?.codeId ?? '', chunk: Math.floor(b.top / chunkHeight) }));
}

function changeBoxes(current: Boxes, gone: string[], fresh: CodedBox[]): Boxes {
  const byId = new Map(current.byId);
  const chunks = new Map(current.chunks);
  const copied = new Set<number>();
  const chunkFor = (n: number) => {
    if (!copied.has(n)) {
      chunks.set(n, new Map(chunks.get(n)));
      copied.add(n);
    }
    return chunks.get(n) as Map<string, CodedBox>;
  };
  const drop = (id: string) => {
    const old = byId.get(id);
    if (!old) return;
    byId.delete(id);
    chunkFor(old.chunk).delete(id);
  };
  for (const id of gone) drop(id);
  for (const box of fresh) {
    drop(box.codingId);
    byId.set(box.codingId, box);
    chunkFor(box.chunk).set(box.codingId, box);
  }
  for (const n of copied) if (chunks.get(n)?.size === 0) chunks.delete(n);
  return { byId, chunks };
}

const StripeChunk = memo(function StripeChunk(props: {
  chunk: number;
  boxes: ReadonlyMap<string, CodedBox>;
  lanes: Map<string, number>;
  codes: Map<string, Code>;
  paths: Map<string, string>;
  selectedId: string | null;
  onSelect: (codingId: string) => void;
}) {
  const stripes: React.ReactNode[] = [];
  const top = props.chunk * chunkHeight;
  for (const box of props.boxes.values()) {
    const code = props.codes.get(box.codeId);
    if (!code) continue;
    stripes.push(
      <Stripe
        key={box.codingId}
        top={box.top - top}
        height={box.height}
        codingId={box.codingId}
        left={(props.lanes.get(code.id) ?? 0) * laneWidth}
        color={code.color}
        title={props.paths.get(code.id) ?? code.name}
        selected={box.codingId === props.selectedId}
        onSelect={props.onSelect}
      />,
    );
  }
  // Each stretch of the margin is its own contained box: a stripe added or moved lays out and
  // repaints its chunk, not the thousands of stripes beside the rest of the transcript.
  return (
    <div className="stripe-chunk" style={{ top, height: chunkHeight }}>
      {stripes}
    </div>
  );
});
/** One bar; drawn again only when its own place, colour or selection changes. */
const Stripe = memo(function Stripe(props: {
  /** Within its chunk. */
  top: number;
  height: number;
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
      style={{ top: props.top, height: props.height, left: props.left, background: props.color }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => props.onSelect(props.codingId)}
    />
  );
});
