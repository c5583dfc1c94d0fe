import type { ReactNode } from 'react';
import { ink, type Chart, type LegendItem, type Mark } from '../../shared/charts';
import './charts.css';

// The legend's geometry as shared/charts/to-svg.ts writes it, so the screen and the exported file match.
const legendRow = 20;
const legendPerRow = 4;

/** Transient chart text (a tooltip) as an SVG `<title>`, like toSvg writes it. */
function titleOf(mark: Mark): ReactNode {
  return mark.title === undefined ? null : <title>{mark.title}</title>;
}

function MarkView({ mark }: { mark: Mark }): ReactNode {
  switch (mark.type) {
    case 'rect':
      return (
        <rect x={mark.x} y={mark.y} width={Math.max(0, mark.width)} height={Math.max(0, mark.height)} fill={mark.fill} stroke={mark.stroke}>
          {titleOf(mark)}
        </rect>
      );
    case 'line':
      return (
        <line x1={mark.x1} y1={mark.y1} x2={mark.x2} y2={mark.y2} stroke={mark.stroke} strokeWidth={mark.strokeWidth}>
          {titleOf(mark)}
        </line>
      );
    case 'path':
      return (
        <path d={mark.d} fill={mark.fill} stroke={mark.stroke} strokeWidth={mark.strokeWidth}>
          {titleOf(mark)}
        </path>
      );
    case 'circle':
      return (
        <circle cx={mark.cx} cy={mark.cy} r={mark.r} fill={mark.fill} stroke={mark.stroke}>
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
        >
          {titleOf(mark)}
          {mark.text}
        </text>
      );
    case 'group':
      // A group with a text alternative is one focusable unit (a bar with its label, a heatmap
      // cell): Tab reaches it and a screen reader reads its aria text.
      return mark.aria === undefined ? (
        <g>
          {titleOf(mark)}
          <Marks marks={mark.marks} />
        </g>
      ) : (
        <g className="chart-mark" tabIndex={0} role="img" aria-label={mark.aria}>
          {titleOf(mark)}
          <Marks marks={mark.marks} />
        </g>
      );
  }
}

function Marks({ marks }: { marks: Mark[] }): ReactNode {
  return marks.map((mark, i) => <MarkView key={mark.key ?? `${mark.type}:${i}`} mark={mark} />);
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

/**
 * A chart's marks drawn as React SVG: the same geometry `toSvg` writes to the exported file, with
 * each mark group that has a text alternative reachable by Tab and read aloud.
 */
export function ChartView({ chart }: { chart: Chart }) {
  const height = chart.height + Math.ceil(chart.legend.length / legendPerRow) * legendRow;
  return (
    <svg
      className="chart-view"
      width={chart.width}
      height={height}
      viewBox={`0 0 ${chart.width} ${height}`}
      role="group"
      aria-label={chart.title}
      aria-description={chart.description}
      fontFamily="system-ui, sans-serif"
    >
      <rect x={0} y={0} width={chart.width} height={height} fill={ink.background} />
      <Marks marks={chart.marks} />
      <Legend legend={chart.legend} top={chart.height} width={chart.width} />
    </svg>
  );
}
