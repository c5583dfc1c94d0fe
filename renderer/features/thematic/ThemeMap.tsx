import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model';
import {
  between,
  mapViewBox,
  nodeBox,
  nodeStyle,
  type NodeBox,
  type ThematicMap,
  type ViewBox,
} from '../../../shared/thematic';
import { codeDragType } from './drag-code';

/** Map units an arrow key moves a theme; Shift moves it further. */
const nudge = { small: 10, large: 50 } as const;

interface PendingPlace {
  x: number;
  y: number;
  seq: number;
  settled: boolean;
}

/** How long a settled place may wait for the store's new map before the stored place shows. */
const settleGraceMs = 400;

interface Drag {
  id: Id;
  pointerId: number;
  /** Where the pointer grabbed the node, relative to its centre, in map units. */
  grabX: number;
  grabY: number;
  x: number;
  y: number;
  moved: boolean;
  /** The view when the drag began: it stays put, so the map does not rescale under the pointer. */
  view: ViewBox;
}

export interface ThemeMapProps {
  map: ThematicMap;
  selected: Id | null;
  onSelect: (id: Id) => void;
  /** Resolves with whether the place was stored. */
  onPlace: (id: Id, x: number, y: number) => Promise<boolean>;
  onLink: (fromId: Id, toId: Id) => void;
  onDropCode: (themeId: Id, codeId: Id) => void;
  onDelete: (id: Id) => void;
  announce: (message: string) => void;
}

/**
 * The editable thematic map. React draws the SVG from the stored places; a drag moves a node
 * locally and stores its place once, when the pointer lets go. Every node is a focusable button
 * named with its theme, kind and code count, so the whole map can be worked by keyboard: arrows
 * move, L starts a link, Enter on another node ends it, Delete deletes.
 */
export function ThemeMap(props: ThemeMapProps) {
  const { t } = useTranslation();
  const { map } = props;
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [linkFrom, setLinkFrom] = useState<Id | null>(null);
  const [dropTarget, setDropTarget] = useState<Id | null>(null);
  // Places asked for but not yet back from the store: quick arrow presses build on them, and a
  // dropped node stays where it was let go instead of jumping back for a frame. An entry goes at the
  // first change of the map after its step settled, at once when the step failed, and in any case
  // shortly after it settled: an undo queued behind the step may have been drawn before the step's
  // promise came back, and must not leave the node where the undone step put it.
  const [pending, setPending] = useState<ReadonlyMap<Id, PendingPlace>>(new Map());
  const requests = useRef(0);
  useEffect(() => {
    setPending((current) => {
      const next = new Map([...current].filter(([, p]) => !p.settled));
      return next.size === current.size ? current : next;
    });
  }, [map.nodes]);
  const forget = (id: Id, seq: number) =>
    setPending((current) => {
      if (current.get(id)?.seq !== seq) return current;
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  const place = (id: Id, x: number, y: number) => {
    const seq = ++requests.current;
    const p = { x: Math.round(x), y: Math.round(y), seq, settled: false };
    setPending((current) => new Map(current).set(id, p));
    void props.onPlace(id, p.x, p.y).then((ok) => {
      if (!ok) return forget(id, seq);
      setPending((current) => {
        const entry = current.get(id);
        return entry?.seq === seq ? new Map(current).set(id, { ...entry, settled: true }) : current;
      });
      setTimeout(() => forget(id, seq), settleGraceMs);
    });
  };

  const names = useMemo(() => new Map(map.nodes.map((n) => [n.id, n.name])), [map.nodes]);
  const boxes = useMemo(() => {
    const out = new Map<Id, NodeBox>();
    for (const n of map.nodes) {
      const at = drag?.id === n.id ? drag : (pending.get(n.id) ?? n);
      out.set(n.id, nodeBox({ ...n, x: at.x, y: at.y }));
    }
    return out;
  }, [map.nodes, drag, pending]);
  const view = drag ? drag.view : mapViewBox([...boxes.values()], 60);

  const toMap = (clientX: number, clientY: number) => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return { x: clientX, y: clientY };
    const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { x: p.x, y: p.y };
  };

  const finishLink = (toId: Id) => {
    if (!linkFrom) return false;
    props.announce('');
    if (linkFrom !== toId) props.onLink(linkFrom, toId);
    setLinkFrom(null);
    return true;
  };

  const onKey = (id: Id, x: number, y: number) => (e: KeyboardEvent<SVGGElement>) => {
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const dir = arrows[e.key];
    if (dir && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      const step = e.shiftKey ? nudge.large : nudge.small;
      place(id, x + dir[0] * step, y + dir[1] * step);
      return;
    }
    if ((e.key === 'l' || e.key === 'L') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setLinkFrom(id);
      props.announce(t('thematic.map.linking', { name: names.get(id) ?? '' }));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (!finishLink(id)) props.onSelect(id);
    } else if (e.key === 'Escape' && linkFrom) {
      e.preventDefault();
      setLinkFrom(null);
      props.announce(t('thematic.map.linkCancelled'));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onDelete(id);
    }
  };

  const onPointerDown = (id: Id, x: number, y: number) => (e: PointerEvent<SVGGElement>) => {
    if (e.button !== 0) return;
    const p = toMap(e.clientX, e.clientY);
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ id, pointerId: e.pointerId, grabX: p.x - x, grabY: p.y - y, x, y, moved: false, view });
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const p = toMap(e.clientX, e.clientY);
    const x = p.x - drag.grabX;
    const y = p.y - drag.grabY;
    const moved = drag.moved || Math.abs(x - drag.x) + Math.abs(y - drag.y) > 2;
    setDrag({ ...drag, x, y, moved });
  };
  const onPointerUp = (e: PointerEvent<SVGGElement>) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const done = drag;
    setDrag(null);
    if (done.moved) place(done.id, done.x, done.y);
    else if (!finishLink(done.id)) props.onSelect(done.id);
  };

  return (
    <div className={`thematic-map${linkFrom ? ' is-linking' : ''}`}>
      <svg
        ref={svg}
        className="thematic-map-svg"
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-label={t('thematic.map.label')}
        onPointerDown={(e) => {
          // A press on the empty map ends a link that was started and not finished.
          if (linkFrom && !(e.target as Element).closest('.map-node')) {
            setLinkFrom(null);
            props.announce(t('thematic.map.linkCancelled'));
          }
        }}
      >
        <defs>
          <marker
            id="map-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0L10 5L0 10z" className="map-arrow" />
          </marker>
          <pattern id="map-grid" width="40" height="40" patternUnits="userSpaceOnUse">
            <path d="M40 0H0V40" className="map-grid-line" />
          </pattern>
        </defs>
        {/* The grid reaches past the view: the window is rarely the view's shape, and the map shows there too. */}
        <rect
          x={view.x - 4000}
          y={view.y - 4000}
          width={view.width + 8000}
          height={view.height + 8000}
          fill="url(#map-grid)"
          aria-hidden="true"
        />
        <g aria-hidden="true">
          {map.nodes.map((n) => {
            const [a, b] = [n.parentId ? boxes.get(n.parentId) : undefined, boxes.get(n.id)];
            if (!a || !b) return null;
            const s = between(a, b);
            return <line key={`tie-${n.id}`} className="map-tie" x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />;
          })}
          {map.links.map((l) => {
            const [a, b] = [boxes.get(l.fromId), boxes.get(l.toId)];
            if (!a || !b) return null;
            const s = between(a, b);
            return (
              <g key={l.id} className="map-link">
                <line x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} markerEnd="url(#map-arrow)" />
                {l.label && (
                  <text x={(s.x1 + s.x2) / 2} y={(s.y1 + s.y2) / 2 - 6} textAnchor="middle">
                    {l.label}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        {map.nodes.map((n) => {
          const box = boxes.get(n.id)!;
          const style = nodeStyle[n.kind];
          const kind =
            n.kind === 'theme'
              ? t('thematic.map.kindTheme')
              : t('thematic.map.kindSubtheme', { parent: names.get(n.parentId ?? '') ?? '' });
          const classes = [
            'map-node',
            `map-node-${n.kind}`,
            n.id === props.selected ? 'is-selected' : '',
            n.id === linkFrom ? 'is-link-source' : '',
            n.id === dropTarget ? 'is-drop-target' : '',
            drag?.id === n.id && drag.moved ? 'is-dragging' : '',
          ].join(' ');
          return (
            <g
              key={n.id}
              className={classes}
              transform={`translate(${box.x} ${box.y})`}
              role="button"
              tabIndex={0}
              aria-pressed={n.id === props.selected}
              aria-label={t('thematic.map.node', { name: n.name, kind, count: n.codeIds.length })}
              data-theme-id={n.id}
              onKeyDown={onKey(n.id, box.x, box.y)}
              onFocus={() => props.onSelect(n.id)}
              onPointerDown={onPointerDown(n.id, box.x, box.y)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={() => setDrag(null)}
              onDragOver={(e) => {
                if (!e.dataTransfer.types.includes(codeDragType)) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'copy';
                setDropTarget(n.id);
              }}
              onDragLeave={() => setDropTarget((d) => (d === n.id ? null : d))}
              onDrop={(e) => {
                const codeId = e.dataTransfer.getData(codeDragType);
                setDropTarget(null);
                if (!codeId) return;
                e.preventDefault();
                props.onDropCode(n.id, codeId);
              }}
            >
              <rect
                className="map-focus-ring"
                x={-box.width / 2 - 5}
                y={-box.height / 2 - 5}
                width={box.width + 10}
                height={box.height + 10}
                rx={13}
              />
              <rect
                className="map-node-box"
                x={-box.width / 2}
                y={-box.height / 2}
                width={box.width}
                height={box.height}
                rx={n.kind === 'theme' ? 10 : 8}
              />
              <text className="map-node-name" aria-hidden="true" textAnchor="middle" fontSize={style.font}>
                {box.lines.map((line, i) => (
                  <tspan key={i} x={0} y={box.baselines[i]}>
                    {line}
                  </tspan>
                ))}
              </text>
              {/* A space between the name and the count, so they read as words, not "dialogen1". */}{' '}
              <text className="map-node-count" aria-hidden="true" y={box.countBaseline} textAnchor="middle">
                {t('thematic.map.codeCount', { count: n.codeIds.length })}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
