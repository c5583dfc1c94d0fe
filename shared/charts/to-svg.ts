import type { Chart, LegendItem, Mark } from './marks';
import { ink } from './palette';

/**
 * A chart as a standalone SVG file. Pure and deterministic: attributes are written in a fixed
 * order and numbers with at most two decimals, so the same chart gives the same bytes in the app's
 * export and in `cli chart` (and a snapshot test can hold it).
 */
export function toSvg(chart: Chart): string {
  const legendHeight = legendRows(chart.legend) * legendRow;
  const height = chart.height + legendHeight;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(chart.width)}" height="${num(height)}" viewBox="0 0 ${num(chart.width)} ${num(height)}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif">`,
    `<title id="chart-title">${escapeXml(chart.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(chart.description)}</desc>`,
    `<rect x="0" y="0" width="${num(chart.width)}" height="${num(height)}" fill="${ink.background}"/>`,
  ];
  for (const mark of chart.marks) writeMark(mark, out);
  writeLegend(chart.legend, chart.height, chart.width, out);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

const legendRow = 20;
const legendPerRow = 4;

function legendRows(legend: LegendItem[]): number {
  return Math.ceil(legend.length / legendPerRow);
}

function writeLegend(legend: LegendItem[], top: number, width: number, out: string[]): void {
  if (legend.length === 0) return;
  const column = width / legendPerRow;
  const items = legend.map((item, i) => {
    const x = 16 + (i % legendPerRow) * column;
    const y = top + Math.floor(i / legendPerRow) * legendRow;
    return `<g><rect x="${num(x)}" y="${num(y + 4)}" width="12" height="12" fill="${attr(item.color)}" stroke="${ink.axis}"/><text x="${num(x + 18)}" y="${num(y + 14)}" font-size="12" fill="${ink.text}">${escapeXml(item.label)}</text></g>`;
  });
  out.push(`<g role="list" aria-label="${attr(legend.map((l) => l.label).join(', '))}">`, ...items, '</g>');
}

function titleOf(mark: Mark): string {
  return mark.title === undefined ? '' : `<title>${escapeXml(mark.title)}</title>`;
}

type Attributes = [string, string | number | undefined][];

/** Attributes in the order given; undefined ones left out. */
function attributes(attrs: Attributes): string {
  return attrs
    .filter((a): a is [string, string | number] => a[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : attr(value)}"`)
    .join('');
}

/** `<tag attrs/>` or, with a tooltip, `<tag attrs><title>…</title></tag>`. */
function element(tag: string, attrs: Attributes, inner: string): string {
  const written = attributes(attrs);
  return inner === '' ? `<${tag}${written}/>` : `<${tag}${written}>${inner}</${tag}>`;
}

function writeMark(mark: Mark, out: string[]): void {
  switch (mark.type) {
    case 'rect':
      out.push(
        element(
          'rect',
          [['x', mark.x], ['y', mark.y], ['width', Math.max(0, mark.width)], ['height', Math.max(0, mark.height)], ['fill', mark.fill], ['fill-opacity', mark.opacity], ['stroke', mark.stroke]],
          titleOf(mark),
        ),
      );
      return;
    case 'line':
      out.push(
        element(
          'line',
          [['x1', mark.x1], ['y1', mark.y1], ['x2', mark.x2], ['y2', mark.y2], ['stroke', mark.stroke], ['stroke-width', mark.strokeWidth], ['stroke-opacity', mark.opacity]],
          titleOf(mark),
        ),
      );
      return;
    case 'path':
      out.push(
        element(
          'path',
          [
            ['d', mark.d],
            ['fill', mark.fill],
            ['fill-opacity', mark.fill === 'none' ? undefined : mark.opacity],
            ['stroke', mark.stroke],
            ['stroke-width', mark.strokeWidth],
            ['stroke-opacity', mark.fill === 'none' ? mark.opacity : undefined],
          ],
          titleOf(mark),
        ),
      );
      return;
    case 'circle':
      out.push(element('circle', [['cx', mark.cx], ['cy', mark.cy], ['r', mark.r], ['fill', mark.fill], ['fill-opacity', mark.opacity], ['stroke', mark.stroke]], titleOf(mark)));
      return;
    case 'text':
      out.push(
        element(
          'text',
          [
            ['x', mark.x],
            ['y', mark.y],
            ['text-anchor', mark.anchor],
            ['font-size', mark.size ?? 12],
            ['font-weight', mark.weight === 'bold' ? 'bold' : undefined],
            ['fill', mark.fill ?? ink.text],
            ['transform', mark.rotate === undefined ? undefined : `rotate(${num(mark.rotate)} ${num(mark.x)} ${num(mark.y)})`],
            ['stroke', mark.halo ? ink.background : undefined],
            ['stroke-width', mark.halo ? 3 : undefined],
            ['paint-order', mark.halo ? 'stroke' : undefined],
            ['stroke-linejoin', mark.halo ? 'round' : undefined],
          ],
          `${titleOf(mark)}${escapeXml(mark.text)}`,
        ),
      );
      return;
    case 'group': {
      out.push(`<g${attributes([['role', mark.aria === undefined ? undefined : 'group'], ['aria-label', mark.aria]])}>${titleOf(mark)}`);
      for (const inner of mark.marks) writeMark(inner, out);
      out.push('</g>');
      return;
    }
  }
}

/** A number as SVG writes it: at most two decimals, no trailing zeros, never "-0" or "NaN". */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Text content: the three characters XML gives meaning to, plus characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    // Control characters are exactly what this strips: XML 1.0 has no way to write them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An attribute value in double quotes. */
function attr(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}
