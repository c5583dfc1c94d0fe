/**
 * Whether two terms are at most `max` edits apart (insert, delete, substitute: the distance
 * MiniSearch's fuzzy search uses), so a hit is placed on exactly the words MiniSearch matched.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    // Every path through this row already costs more than allowed.
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}
