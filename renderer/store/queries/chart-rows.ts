import { useLiveQuery } from 'dexie-react-hooks';
import type { ChartRows } from '../../../shared/charts';
import type { Id } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { useDatabase } from '../useDatabase';

/** The rows a chart is derived from (shared/charts ChartRows): the same tables `cli chart` reads from a backup. */
export async function readChartRows(db: KodebokDb, projectId: Id): Promise<ChartRows> {
  const [codes, codings, sources, messages] = await Promise.all([
    db.codes.where('projectId').equals(projectId).toArray(),
    db.codings.where('projectId').equals(projectId).toArray(),
    db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray(),
    db.messages.where('projectId').equals(projectId).toArray(),
  ]);
  return {
    codes,
    codings,
    sources: sources.map((s) => ({ id: s.id, title: s.title, order: s.order })),
    messages: messages.map((m) => ({ sourceId: m.sourceId, start: m.start, end: m.end })),
  };
}

/** The project's chart rows, live: a chart redraws as codings change. */
export function useChartRows(projectId: Id): ChartRows | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readChartRows(db, projectId), [db, projectId]);
}
