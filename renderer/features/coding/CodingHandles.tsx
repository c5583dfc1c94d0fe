import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coding } from '../../../shared/model';
import { offsetAtPoint } from './offset-at-point';
import { measureEdges, type EdgeBoxes } from './stripe-layout';

/**
 * Grips on the two edges of the selected coding: drag one to where the coding should start or end.
 * (Keyboard users move the edges word by word from the coding's details.)
 */
export function CodingHandles(props: {
  frame: HTMLElement | null;
  content: HTMLElement | null;
  coding: Coding;
  layoutVersion: number;
  onResize: (start: number, end: number) => void;
}) {
  const { t } = useTranslation();
  const { frame, content, coding, layoutVersion, onResize } = props;
  const [edges, setEdges] = useState<EdgeBoxes | null>(null);
  const [drag, setDrag] = useState<{ edge: 'start' | 'end'; x: number; y: number } | null>(null);

  useLayoutEffect(() => {
    if (!frame || !content) return;
    const frameId = requestAnimationFrame(() => setEdges(measureEdges(frame, content, coding)));
    return () => cancelAnimationFrame(frameId);
  }, [frame, content, coding, layoutVersion]);

  if (!edges || !frame) return null;
  const origin = frame.getBoundingClientRect();
  const grip = (edge: 'start' | 'end') => {
    const box = edges[edge];
    const at = drag?.edge === edge ? { left: drag.x - origin.left, top: drag.y - origin.top - box.height / 2 } : { left: box.left, top: box.top };
    return (
      <span
        key={edge}
        className={`coding-grip coding-grip-${edge}`}
        aria-hidden="true"
        title={t(edge === 'start' ? 'coding.dragStart' : 'coding.dragEnd')}
        style={{ left: at.left - 4, top: at.top, height: box.height }}
        onPointerDown={(e) => {
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          setDrag({ edge, x: e.clientX, y: e.clientY });
        }}
        onPointerMove={(e) => drag?.edge === edge && setDrag({ edge, x: e.clientX, y: e.clientY })}
        onPointerUp={(e) => {
          setDrag(null);
          // The grip itself is under the pointer: hide it for the hit test so the text is found.
          const grip = e.currentTarget;
          grip.style.visibility = 'hidden';
          const offset = offsetAtPoint(e.clientX, e.clientY);
          grip.style.visibility = '';
          if (offset === null) return;
          const start = edge === 'start' ? offset : coding.start;
          const end = edge === 'end' ? offset : coding.end;
          if (end > start && (start !== coding.start || end !== coding.end)) onResize(start, end);
        }}
      />
    );
  };
  return (
    <>
      {grip('start')}
      {grip('end')}
    </>
  );
}
