import { useLiveQuery } from 'dexie-react-hooks';
import type { ChartRows } from '../../../shared/charts';
import type { Id } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { useDatabase } from '../useDatabase';

/** The rows a chart is derived from (shared/charts ChartRows): the same tables `cli chart` reads from a backup. */
export async function readChartRows(db: KodebokDb, projectId: Id): Promise<ChartRows> {
  const [project, codes, codings, sources, messages, codeGroups, subgroups, placements, goldenQuotes, attributes, coders] = await Promise.all([
    db.projects.get(projectId),
    db.codes.where('projectId').equals(projectId).toArray(),
    db.codings.where('projectId').equals(projectId).toArray(),
    db.sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray(),
    db.messages.where('projectId').equals(projectId).toArray(),
    db.codeGroups.where('projectId').equals(projectId).toArray(),
    db.subgroups.where('projectId').equals(projectId).toArray(),
    db.placements.where('projectId').equals(projectId).toArray(),
    db.goldenQuotes.where('projectId').equals(projectId).toArray(),
    db.attributes.where('projectId').equals(projectId).sortBy('order'),
    db.coders.where('projectId').equals(projectId).toArray(),
  ]);
  return {
    codes,
    codings,
    sources: sources.map((s) => ({ id: s.id, title: s.title, order: s.order, length: s.length, attributes: s.attributes })),
    messages: messages.map((m) => ({ sourceId: m.sourceId, start: m.start, end: m.end, role: m.role, delay: m.delay, order: m.order })),
    deadlineHours: project?.settings.answerDeadlineHours,
    codeGroups,
    subgroups,
    placements,
    goldenQuotes,
    // For the chart filters and for naming them in a filtered chart's title.
    attributes: attributes.map((a) => ({ id: a.id, name: a.name, order: a.order })),
    coders: coders.map((c) => ({ id: c.id, name: c.name })),
  };
}

/** The project's chart rows, live: a chart redraws as codings change. */
export function useChartRows(projectId: Id): ChartRows | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readChartRows(db, projectId), [db, projectId]);
}
