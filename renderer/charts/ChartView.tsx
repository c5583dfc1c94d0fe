import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { ink, type Chart, type LegendItem, type Mark } from '../../shared/charts';
import { nextMarkIndex } from './mark-focus';
import './charts.css';

// The legend's geometry as shared/charts/to-svg.ts writes it, so the screen and the exported file match.
const legendRow = 20;
const legendPerRow = 4;

/** Transient chart text (a tooltip) as an SVG `<title>`, like toSvg writes it. */
function titleOf(mark: Mark): ReactNode {
  return mark.title === undefined ? null : <title>{mark.title}</title>;
}

/** The paint's opacity as toSvg writes it: the fill's for filled shapes, the stroke's for lines and unfilled paths. */
function strokeOnly(mark: Mark): boolean {
  return mark.type === 'line' || (mark.type === 'path' && mark.fill === 'none');
}

/** Which described group holds the one Tab stop: each group's place in document order, and the active place. */
interface Roving {
  order: Map<Mark, number>;
  active: number;
}

/** The groups with a text alternative, numbered in the order the arrows walk: by focus rank, then document order. */
function describedOrder(marks: Mark[]): Map<Mark, number> {
  const found: Extract<Mark, { type: 'group' }>[] = [];
  const walk = (list: Mark[]) => {
    for (const mark of list) {
      if (mark.type !== 'group') continue;
      if (mark.aria !== undefined) found.push(mark);
      walk(mark.marks);
    }
  };
  walk(marks);
  // Array.prototype.sort is stable: equal ranks keep document order.
  const ranked = [...found].sort((a, b) => (a.focusRank ?? 0) - (b.focusRank ?? 0));
  return new Map(ranked.map((mark, i) => [mark, i]));
}

function MarkView({ mark, roving }: { mark: Mark; roving: Roving }): ReactNode {
  switch (mark.type) {
    case 'rect':
      return (
        <rect
          x={mark.x}
          y={mark.y}
          width={Math.max(0, mark.width)}
          height={Math.max(0, mark.height)}
          fill={mark.fill}
          fillOpacity={mark.opacity}
          stroke={mark.stroke}
        >
          {titleOf(mark)}
        </rect>
      );
    case 'line':
      return (
        <line x1={mark.x1} y1={mark.y1} x2={mark.x2} y2={mark.y2} stroke={mark.stroke} strokeWidth={mark.strokeWidth} strokeOpacity={mark.opacity}>
          {titleOf(mark)}
        </line>
      );
    case 'path':
      return (
        <path
          d={mark.d}
          fill={mark.fill}
          fillOpacity={strokeOnly(mark) ? undefined : mark.opacity}
          stroke={mark.stroke}
          strokeWidth={mark.strokeWidth}
          strokeOpacity={strokeOnly(mark) ? mark.opacity : undefined}
        >
          {titleOf(mark)}
        </path>
      );
    case 'circle':
      return (
        <circle cx={mark.cx} cy={mark.cy} r={mark.r} fill={mark.fill} fillOpacity={mark.opacity} stroke={mark.stroke}>
          {titleOf(mark)}
        </circle>
      );
    case 'text':
      return (
        <text
          x={mark.x}
          y={mark.y}
          textAnchor={mark.anchor}
          fontSize={mark.size ?? 12}
          fontWeight={mark.weight === 'bold' ? 'bold' : undefined}
          fill={mark.fill ?? ink.text}
          transform={mark.rotate === undefined ? undefined : `rotate(${mark.rotate} ${mark.x} ${mark.y})`}
          {...(mark.halo ? { stroke: ink.background, strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' } : {})}
        >
          {titleOf(mark)}
          {mark.text}
        </text>
      );
    case 'group': {
      if (mark.aria === undefined) {
        return (
          <g>
            {titleOf(mark)}
            <Marks marks={mark.marks} roving={roving} />
          </g>
        );
      }
      // A group with a text alternative is one focusable unit (a bar with its label, a heatmap
      // cell). All of them together are one Tab stop: the active one has tabIndex 0, the arrows
      // move between them, so a chart of 500 cells does not take 500 presses of Tab to pass.
      const index = roving.order.get(mark);
      return (
        <g className="chart-mark" tabIndex={index === roving.active ? 0 : -1} role="img" aria-label={mark.aria} data-focus-index={index}>
          {titleOf(mark)}
          <Marks marks={mark.marks} roving={roving} />
        </g>
      );
    }
  }
}

function Marks({ marks, roving }: { marks: Mark[]; roving: Roving }): ReactNode {
  return marks.map((mark, i) => <MarkView key={mark.key ?? `${mark.type}:${i}`} mark={mark} roving={roving} />);
}

function Legend({ legend, top, width }: { legend: LegendItem[]; top: number; width: number }): ReactNode {
  if (legend.length === 0) return null;
  const column = width / legendPerRow;
  return (
    <g role="list" aria-label={legend.map((l) => l.label).join(', ')}>
      {legend.map((item, i) => {
        const x = 16 + (i % legendPerRow) * column;
        const y = top + Math.floor(i / legendPerRow) * legendRow;
        return (
          <g key={`${i}:${item.label}`} role="listitem">
            <rect x={x} y={y + 4} width={12} height={12} fill={item.color} stroke={ink.axis} />
            <text x={x + 18} y={y + 14} fontSize={12} fill={ink.text}>
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The focused mark's text, shown beside it like a tooltip (screen readers read its aria-label already). */
interface Caption {
  text: string;
  left: number;
  top: number;
}

/**
 * A chart's marks drawn as React SVG: the same geometry `toSvg` writes to the exported file. The
 * mark groups with a text alternative are one Tab stop; ←/→/↑/↓ move between them in reading
 * order, Home/End to the first/last, and the focused mark's text is shown as a caption.
 */
export function ChartView({ chart }: { chart: Chart }) {
  const height = chart.height + Math.ceil(chart.legend.length / legendPerRow) * legendRow;
  const [active, setActive] = useState(0);
  const [caption, setCaption] = useState<Caption | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  // In the order the arrows walk (data-focus-index), which may differ from document order.
  const marksOf = (): SVGGElement[] =>
    [...(wrap.current?.querySelectorAll<SVGGElement>('g.chart-mark') ?? [])].sort(
      (a, b) => Number(a.dataset.focusIndex) - Number(b.dataset.focusIndex),
    );

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const marks = marksOf();
    const current = marks.indexOf(event.target as SVGGElement);
    if (current < 0) return;
    const next = nextMarkIndex(event.key, current, marks.length);
    if (next === null) return;
    event.preventDefault();
    marks[next]?.focus();
  };
  const onFocus = (event: FocusEvent<SVGSVGElement>) => {
    const target = event.target as Element;
    const index = marksOf().indexOf(target as SVGGElement);
    if (index < 0 || !wrap.current) return;
    setActive(index);
    const box = target.getBoundingClientRect();
    const origin = wrap.current.getBoundingClientRect();
    setCaption({
      text: target.getAttribute('aria-label') ?? '',
      left: box.left - origin.left + wrap.current.scrollLeft,
      top: box.bottom - origin.top + wrap.current.scrollTop + 4,
    });
  };
  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (!wrap.current?.contains(event.relatedTarget as Node | null)) setCaption(null);
  };

  const order = useMemo(() => describedOrder(chart.marks), [chart.marks]);
  // A new chart (another kind, mode or threshold) may have fewer marks: the Tab stop stays in range.
  const roving: Roving = { order, active: active < order.size ? active : 0 };
  return (
    <div className="chart-view-wrap" ref={wrap}>
      <svg
        className="chart-view"
        width={chart.width}
        height={height}
        viewBox={`0 0 ${chart.width} ${height}`}
        role="group"
        aria-label={chart.title}
        aria-description={chart.description}
        fontFamily="system-ui, sans-serif"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        <rect x={0} y={0} width={chart.width} height={height} fill={ink.background} />
        <Marks marks={chart.marks} roving={roving} />
        <Legend legend={chart.legend} top={chart.height} width={chart.width} />
      </svg>
      {caption && (
        <div className="chart-caption" aria-hidden="true" style={{ left: caption.left, top: caption.top }}>
          {caption.text}
        </div>
      )}
    </div>
  );
}
