import type { ImportWarning, ImportWarningCode } from './result';

interface Group {
  code: ImportWarningCode;
  line: number | null;
  params: Record<string, string | number>;
  count: number;
  describe: (count: number) => string;
}

/**
 * Collects an import's warnings. Repeated findings (the same unknown label on 4,000 lines of a
 * large file) become one warning at their first line with a count, so the report stays readable.
 */
export class WarningList {
  private readonly single: ImportWarning[] = [];
  private readonly groups = new Map<string, Group>();

  add(
    code: ImportWarningCode,
    line: number | null,
    message: string,
    params: Record<string, string | number> = {},
  ): void {
    this.single.push({ code, line, message, params });
  }

  addOnce(
    code: ImportWarningCode,
    key: string,
    line: number | null,
    params: Record<string, string | number>,
    describe: (count: number) => string,
  ): void {
    const id = `${code}\u0000${key}`;
    const found = this.groups.get(id);
    if (found) found.count++;
    else this.groups.set(id, { code, line, params, count: 1, describe });
  }

  /** All warnings by line (whole-file warnings first). */
  toArray(): ImportWarning[] {
    const grouped = [...this.groups.values()].map((g) => ({
      code: g.code,
      line: g.line,
      message: g.describe(g.count),
      params: { ...g.params, count: g.count },
    }));
    return [...this.single, ...grouped].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
}

/** "3 times" or nothing, for grouped messages. */
export function times(count: number): string {
  return count > 1 ? ` (${count} times)` : '';
}
