/**
 * Code colours: stripes, highlights and chart marks must stay readable on the light and the dark
 * theme, so each colour keeps a contrast of at least 3:1 (WCAG 1.4.11, non-text) against both.
 */
export const lightBackground = '#ffffff';
export const darkBackground = '#1e1e1e';

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio between two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Readable on both backgrounds; evenly spread hues, ordered so neighbours differ strongly. */
export const codePalette = [
  '#de2f5c',
  '#0f91b7',
  '#8f8a02',
  '#9770e9',
  '#08894b',
  '#ca5119',
  '#067fb3',
  '#5f8201',
  '#b14dbf',
  '#039877',
  '#c77100',
  '#3871e9',
  '#db2d7e',
  '#0d8396',
  '#977104',
  '#de4db0',
  '#399925',
  '#eb5049',
  '#008ae4',
  '#64748b',
  '#ab505d',
] as const;

/** A colour for the n-th code that came without one. */
export function fallbackColour(n: number): string {
  return codePalette[((n % codePalette.length) + codePalette.length) % codePalette.length]!;
}
