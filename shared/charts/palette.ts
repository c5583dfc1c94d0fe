/**
 * Okabe & Ito's colour-blind-safe palette (Okabe and Ito 2008, "Color Universal Design"): eight
 * colours that stay apart under protanopia, deuteranopia and tritanopia. Black is last so it is
 * the colour used least often for data.
 */
export const okabeIto = [
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#F0E442', // yellow
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#000000', // black
] as const;

/** Colours for text, axes and the grid: dark enough on white (WCAG AA for text). */
export const ink = { text: '#1A1A1A', muted: '#595959', axis: '#767676', grid: '#E0E0E0', background: '#FFFFFF' } as const;

/** The i-th series colour, cycling through the palette. */
export function seriesColor(index: number): string {
  return okabeIto[((index % okabeIto.length) + okabeIto.length) % okabeIto.length]!;
}

/**
 * A sequential ramp for heatmaps, white to Okabe–Ito blue: one hue, so order is read from
 * lightness alone, which every kind of colour vision sees. `t` in [0, 1].
 */
export function sequentialBlue(t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const from = [0xff, 0xff, 0xff];
  const to = [0x00, 0x72, 0xb2];
  const hex = from.map((f, i) => Math.round(f + (to[i]! - f) * clamped).toString(16).padStart(2, '0'));
  return `#${hex.join('').toUpperCase()}`;
}

/** Text colour readable on a heatmap cell of strength `t`. */
export function textOn(t: number): string {
  return t > 0.55 ? ink.background : ink.text;
}
