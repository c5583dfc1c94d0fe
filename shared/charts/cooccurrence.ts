import type { Coding } from '../model';
import { fillLabel } from '../reports/labels';
import type { ChartRows } from './chart-rows';
import { emptyChart } from './empty-chart';
import { codeFrequencies } from './frequencies';
import { retrievalHref } from '../retrieval/link';
import { countLegend, heatmapMarks } from './heatmap';
import { chartLabels, type ChartLanguage } from './labels';
import type { Chart } from './marks';

/** What makes two codes "applied together". */
export type CooccurrenceMode = 'overlap' | 'message' | 'source';
export const cooccurrenceModes: readonly CooccurrenceMode[] = ['overlap', 'message', 'source'];

export interface Cooccurrence {
  mode: CooccurrenceMode;
  /** The codes in codebook order. */
  codes: { codeId: string; name: string; path: string }[];
  /**
   * `counts[i][j]`, symmetric. Off the diagonal: overlapping coding pairs (overlap), or messages /
   * sources holding both codes (message, source). On the diagonal: the code's own codings
   * (overlap) or the messages / sources holding it.
   */
  counts: number[][];
}

function bySource(codings: Coding[]): Map<string, Coding[]> {
  const groups = new Map<string, Coding[]>();
  for (const coding of codings) {
    const list = groups.get(coding.sourceId);
    if (list) list.push(coding);
    else groups.set(coding.sourceId, [coding]);
  }
  return groups;
}

/**
 * Co-occurrence counts by a sweep per source over codings sorted by start (ARCHITECTURE.md: sweep
 * sorted ranges, not all pairs): the cost is the codings plus the pairs that actually overlap.
 * Codes count their own codings only (no roll-up to parents: a parent would co-occur with its
 * own sub-codes everywhere).
 */
export function codeCooccurrence(rows: ChartRows, mode: CooccurrenceMode): Cooccurrence {
  const codes = codeFrequencies({ codes: rows.codes, codings: [] }).map((f) => ({ codeId: f.codeId, name: f.name, path: f.path }));
  const indexOf = new Map(codes.map((c, i) => [c.codeId, i]));
  const n = codes.length;
  const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const known = rows.codings.filter((c) => indexOf.has(c.codeId));
  const addSet = (set: Set<number>) => {
    const members = [...set];
    for (let a = 0; a < members.length; a++) {
      const i = members[a]!;
      counts[i]![i]!++;
      for (let b = a + 1; b < members.length; b++) {
        const j = members[b]!;
        counts[i]![j]!++;
        counts[j]![i]!++;
      }
    }
  };

  if (mode === 'overlap') {
    for (const list of bySource(known).values()) {
      const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
      // The codings still open at the current start: each new coding overlaps exactly those whose end lies past its start.
      let active: Coding[] = [];
      for (const coding of sorted) {
        const i = indexOf.get(coding.codeId)!;
        counts[i]![i]!++;
        if (coding.end <= coding.start) continue;
        active = active.filter((open) => open.end > coding.start);
        for (const open of active) {
          const j = indexOf.get(open.codeId)!;
          if (j === i) continue;
          counts[i]![j]!++;
          counts[j]![i]!++;
        }
        active.push(coding);
      }
    }
  } else if (mode === 'source') {
    for (const list of bySource(known).values()) addSet(new Set(list.map((c) => indexOf.get(c.codeId)!)));
  } else {
    const messages = new Map<string, { start: number; end: number }[]>();
    for (const m of rows.messages ?? []) {
      const list = messages.get(m.sourceId);
      if (list) list.push(m);
      else messages.set(m.sourceId, [m]);
    }
    for (const [sourceId, list] of bySource(known)) {
      const turns = [...(messages.get(sourceId) ?? [])].sort((a, b) => a.start - b.start);
      if (turns.length === 0) continue;
      const codesIn = turns.map(() => new Set<number>());
      for (const coding of list) {
        // First turn ending after the coding's start (turns do not overlap), then every turn it reaches.
        let low = 0;
        let high = turns.length;
        while (low < high) {
          const mid = (low + high) >>> 1;
          if (turns[mid]!.end <= coding.start) low = mid + 1;
          else high = mid;
        }
        for (let t = low; t < turns.length && turns[t]!.start < Math.max(coding.end, coding.start + 1); t++) {
          codesIn[t]!.add(indexOf.get(coding.codeId)!);
        }
      }
      for (const set of codesIn) if (set.size > 0) addSet(set);
    }
  }
  return { mode, codes, counts };
}

/** The co-occurrence heatmap: codes × codes in codebook order, the diagonal outlined. */
export function cooccurrenceChart(data: Cooccurrence, language: ChartLanguage): Chart {
  const all = chartLabels(language);
  const labels = all.cooccurrence;
  const columns = [labels.rowCode, labels.columnCode, labels.count];
  const tableRows: (string | number)[][] = [];
  let best: { pair: string; count: number } | null = null;
  data.codes.forEach((a, i) => {
    data.codes.forEach((b, j) => {
      const count = data.counts[i]![j]!;
      if (count === 0) return;
      tableRows.push([a.path, b.path, count]);
      if (i < j && (best === null || count > best.count)) best = { pair: `${a.path} + ${b.path}`, count };
    });
  });
  const table = { columns, rows: tableRows };
  if (data.codes.length === 0) return emptyChart(labels.title, all.empty.noCodes, table);
  if (tableRows.length === 0) return emptyChart(labels.title, all.empty.noCodings, table);

  const heat = heatmapMarks({
    key: 'cooc',
    rowLabels: data.codes.map((c) => c.path),
    columnLabels: data.codes.map((c) => c.path),
    value: (r, c) => data.counts[r]![c]!,
    outlined: (r, c) => r === c,
    cellTitle: (r, c, count) =>
      r === c
        ? fillLabel(labels.diagonal, { a: data.codes[r]!.path, count })
        : fillLabel(labels.cell, { a: data.codes[r]!.path, b: data.codes[c]!.path, count }),
    // Overlapping segments open as the row code's codings overlapping the column code's (the diagonal:
    // the code's own codings); "same message/source" counts have no retrieval operator to match.
    cellHref: (r, c) =>
      data.mode !== 'overlap'
        ? undefined
        : r === c
          ? retrievalHref({ codes: [data.codes[r]!.codeId], includeDescendants: false })
          : retrievalHref({ codes: [data.codes[r]!.codeId], operator: 'overlaps', others: [data.codes[c]!.codeId], includeDescendants: false }),
  });
  const found = best as { pair: string; count: number } | null;
  const mode = labels.mode[data.mode];
  return {
    width: heat.width,
    height: heat.height,
    title: labels.title,
    description: found
      ? fillLabel(labels.description, { mode, codes: data.codes.length, pair: found.pair, count: found.count })
      : fillLabel(labels.descriptionNoPair, { mode, codes: data.codes.length }),
    marks: [{ type: 'text', x: 16, y: 28, text: `${labels.title} (${mode})`, size: 16, weight: 'bold' }, ...heat.marks],
    legend: countLegend(labels.count, heat.max, heat.beyond),
    table,
    empty: false,
  };
}
