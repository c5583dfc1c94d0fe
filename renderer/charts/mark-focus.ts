/**
 * Where the arrow keys take focus among a chart's marks (the roving tab stop in ChartView): the
 * marks are one Tab stop, and the arrows walk them in reading order, the order the layout lists
 * them (bars top to bottom, heatmap cells row by row). Pure, so it is tested without a DOM.
 */
export function nextMarkIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
