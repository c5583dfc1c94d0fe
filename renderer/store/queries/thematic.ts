import { useLiveQuery } from 'dexie-react-hooks';
import type { Code, Coding, Id, ThemeQuote } from '../../../shared/model';
import {
  phaseStates,
  quotableCodeIds,
  thematicMap,
  type PhaseStatus,
  type ThematicMap,
} from '../../../shared/thematic';
import { readThematicRows } from '../commands/thematic';
import type { KodebokDb } from '../db';
import { readCurrentTexts } from '../repositories/source-texts';
import { useDatabase } from '../useDatabase';

export interface ThematicData {
  map: ThematicMap;
  /** The project's codebook, for the codes panel. */
  codes: Code[];
  /** Coded segments per code, and the sources they are in. */
  codeCounts: Map<Id, { segments: number; sources: number }>;
  phases: PhaseStatus[];
}

export async function readThematic(db: KodebokDb, projectId: Id): Promise<ThematicData> {
  const [rows, codes, codings, steps] = await Promise.all([
    readThematicRows(db, projectId),
    db.codes.where('projectId').equals(projectId).toArray(),
    db.codings.where('projectId').equals(projectId).toArray(),
    db.analysisSteps.where('projectId').equals(projectId).toArray(),
  ]);
  const sourcesOf = new Map<Id, Set<Id>>();
  const segments = new Map<Id, number>();
  for (const c of codings) {
    segments.set(c.codeId, (segments.get(c.codeId) ?? 0) + 1);
    const set = sourcesOf.get(c.codeId) ?? new Set<Id>();
    set.add(c.sourceId);
    sourcesOf.set(c.codeId, set);
  }
  const codeCounts = new Map(
    codes.map((c) => [c.id, { segments: segments.get(c.id) ?? 0, sources: sourcesOf.get(c.id)?.size ?? 0 }]),
  );
  return { map: thematicMap({ ...rows, codes, codings }), codes, codeCounts, phases: phaseStates(steps) };
}

/** The project's thematic map, codebook with counts and phase states, live. */
export function useThematic(projectId: Id): ThematicData | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readThematic(db, projectId), [db, projectId]);
}

export interface Passage {
  sourceId: Id;
  sourceTitle: string;
  start: number;
  end: number;
  text: string;
}

export interface ThemeEvidence {
  /** The theme's chosen quotes, each with its passage. */
  quotes: { quote: ThemeQuote; passage: Passage }[];
  /** Codings of the theme's codes (and its subthemes' codes) that could be chosen as quotes. */
  candidates: { coding: Coding; passage: Passage }[];
}

const emptyEvidence: ThemeEvidence = { quotes: [], candidates: [] };

/** A theme's quotes and the coded passages it could quote, with their texts (the current texts, as the reader shows them). */
export async function readThemeEvidence(db: KodebokDb, themeId: Id | null): Promise<ThemeEvidence> {
  if (!themeId) return emptyEvidence;
  const theme = await db.themes.get(themeId);
  if (!theme) return emptyEvidence;
  const rows = await readThematicRows(db, theme.projectId);
  const codeIds = [...quotableCodeIds(rows, themeId)];
  const codings = await db.codings.where('codeId').anyOf(codeIds).toArray();
  const quotes = rows.themeQuotes.filter((q) => q.themeId === themeId).sort((a, b) => a.order - b.order);
  // A quote shows its coding's passage where the coding still exists: a typo fix moves codings,
  // so their offsets are the current ones; the quote's own offsets are the fallback.
  const quoted = new Map(
    (await db.codings.bulkGet(quotes.flatMap((q) => (q.codingId ? [q.codingId] : [])))).flatMap((c) =>
      c ? [[c.id, c] as const] : [],
    ),
  );
  const sourceIds = [...new Set([...codings.map((c) => c.sourceId), ...quotes.map((q) => q.sourceId)])];
  const [sources, texts] = await Promise.all([db.sources.bulkGet(sourceIds), readCurrentTexts(db, sourceIds)]);
  const titles = new Map(sources.flatMap((s) => (s ? [[s.id, s.title] as const] : [])));
  const passage = (sourceId: Id, start: number, end: number): Passage => ({
    sourceId,
    sourceTitle: titles.get(sourceId) ?? '',
    start,
    end,
    text: (texts.get(sourceId) ?? '').slice(start, end),
  });
  const chosen = new Set(quotes.map((q) => q.codingId));
  return {
    quotes: quotes.map((quote) => {
      const coding = quote.codingId ? quoted.get(quote.codingId) : undefined;
      const at = coding ?? quote;
      return { quote, passage: passage(at.sourceId, at.start, at.end) };
    }),
    candidates: codings
      .filter((c) => !chosen.has(c.id))
      .sort(
        (a, b) =>
          (titles.get(a.sourceId) ?? '').localeCompare(titles.get(b.sourceId) ?? '', 'nb', { numeric: true }) ||
          a.start - b.start,
      )
      .map((coding) => ({ coding, passage: passage(coding.sourceId, coding.start, coding.end) })),
  };
}

export function useThemeEvidence(themeId: Id | null): ThemeEvidence | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readThemeEvidence(db, themeId), [db, themeId]);
}
