/** A range with an id, such as a coding: [start, end) in UTF-16 units. */
export interface IdRange {
  id: string;
  start: number;
  end: number;
}

/** Text per bucket: a turn spans one or two buckets, a query over it reads a few dozen ranges. */
const defaultWidth = 1024;

/**
 * The ranges of one source by where they lie, so a change in one turn asks only about the ranges
 * near it instead of every coding in the source. The text is cut into fixed-width buckets and each
 * range is listed in every bucket it touches (a range spanning the whole source is listed in all of
 * them, once each); adding, moving or removing a range costs the buckets it spans.
 */
export class RangeIndex<R extends IdRange> {
  private readonly buckets = new Map<number, Map<string, R>>();
  private readonly byId = new Map<string, R>();
  /** Counts every set and delete, so a holder can tell whether the index moved on without it. */
  changes = 0;

  constructor(ranges: Iterable<R> = [], private readonly width = defaultWidth) {
    for (const r of ranges) this.set(r);
  }

  get size(): number {
    return this.byId.size;
  }

  values(): IterableIterator<R> {
    return this.byId.values();
  }

  get(id: string): R | undefined {
    return this.byId.get(id);
  }

  /** Adds a range, or moves the one with the same id to where this one lies. */
  set(range: R): void {
    this.delete(range.id);
    this.changes++;
    this.byId.set(range.id, range);
    this.eachBucket(range, (b) => {
      const bucket = this.buckets.get(b);
      if (bucket) bucket.set(range.id, range);
      else this.buckets.set(b, new Map([[range.id, range]]));
    });
  }

  delete(id: string): boolean {
    const old = this.byId.get(id);
    if (!old) return false;
    this.changes++;
    this.byId.delete(id);
    this.eachBucket(old, (b) => {
      const bucket = this.buckets.get(b);
      bucket?.delete(id);
      if (bucket?.size === 0) this.buckets.delete(b);
    });
    return true;
  }

  /** Every range sharing at least one character with [start, end), each once, in no set order. */
  overlapping(start: number, end: number): R[] {
    if (end <= start) return [];
    const found = new Map<string, R>();
    const last = Math.floor((end - 1) / this.width);
    for (let b = Math.floor(Math.max(0, start) / this.width); b <= last; b++) {
      for (const r of this.buckets.get(b)?.values() ?? []) if (r.start < end && r.end > start && r.end > r.start) found.set(r.id, r);
    }
    return [...found.values()];
  }

  /** An empty range (start = end) is kept in the bucket of its start, so it can be removed, but overlaps nothing. */
  private eachBucket(range: IdRange, visit: (bucket: number) => void): void {
    const first = Math.floor(Math.max(0, range.start) / this.width);
    const last = Math.max(first, Math.floor((Math.max(range.start + 1, range.end) - 1) / this.width));
    for (let b = first; b <= last; b++) visit(b);
  }
}
