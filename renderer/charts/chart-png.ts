import { printPixelWidth, withPhysicalDpi, type Chart } from '../../shared/charts';
import { svgToPng } from '../features/thematic/map-png';

/**
 * A chart as PNG for print: the exported SVG drawn at 300 dpi for the chosen print width (16 cm:
 * 1890 px across) and marked as 300 dpi in its pHYs chunk, so a word processor or LaTeX places it
 * at exactly that width.
 */
export async function chartPng(chart: Chart, svg: string, widthCm: number): Promise<Uint8Array<ArrayBuffer>> {
  const png = await svgToPng(svg, printPixelWidth(widthCm) / chart.width);
  return withPhysicalDpi(png);
}
