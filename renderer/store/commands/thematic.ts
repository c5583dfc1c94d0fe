import {
  analysisStepId,
  type AnalysisStep,
  type Id,
  type Theme,
  type ThemeCode,
  type ThemeLink,
  type ThemeQuote,
} from '../../../shared/model';
import {
  planAddLink,
  planAddQuote,
  planCreateTheme,
  planDeleteTheme,
  planGatherCode,
  planLabelLink,
  planMoveTheme,
  planPlaceTheme,
  planRemoveLink,
  planRemoveQuote,
  planRemoveThemeCode,
  planSetPhaseState,
  planUpdateTheme,
  themeMissing,
  type AddLinkInput,
  type AddQuoteInput,
  type CreateThemeInput,
  type GatherCodeInput,
  type MoveThemeInput,
  type PlaceThemeInput,
  type SetPhaseStateInput,
  type ThematicRows,
  type ThemeImpact,
  type UpdateThemeInput,
} from '../../../shared/thematic';
import type { KodebokDb } from '../db';
import type { History } from '../history/history';
import { applyPlanned } from '../history/apply-writes';
import { planContext } from '../ids';

/**
 * Thematic analysis commands (Braun & Clarke): each reads the project's thematic rows, lets a pure
 * plan in shared/thematic decide, and applies the writes as one undoable step.
 */

export { ThematicError, type ThematicProblem, type ThemeImpact } from '../../../shared/thematic';

export async function readThematicRows(db: KodebokDb, projectId: Id): Promise<ThematicRows> {
  const [themes, themeCodes, themeLinks, themeQuotes] = await Promise.all([
    db.themes.where('projectId').equals(projectId).toArray(),
    db.themeCodes.where('projectId').equals(projectId).toArray(),
    db.themeLinks.where('projectId').equals(projectId).toArray(),
    db.themeQuotes.where('projectId').equals(projectId).toArray(),
  ]);
  return { themes, themeCodes, themeLinks, themeQuotes };
}

async function themeOrMissing(db: KodebokDb, id: Id): Promise<Theme> {
  const theme = await db.themes.get(id);
  if (!theme) throw themeMissing();
  return theme;
}

/**
 * A step's label naming a theme (and a code), read in the step's turn in the History queue: read
 * before queueing, an undo pressed meanwhile could slip in ahead of the step it should undo.
 */
function themeLabel(db: KodebokDb, key: string, themeId: Id) {
  return async () => ({ key, values: { theme: (await themeOrMissing(db, themeId)).name } });
}

function themeCodeLabel(db: KodebokDb, key: string, input: { themeId: Id; codeId: Id }) {
  return async () => ({
    key,
    values: { code: (await db.codes.get(input.codeId))?.name ?? '', theme: (await themeOrMissing(db, input.themeId)).name },
  });
}

/** Starts, finishes or reopens one of the six phases. */
export async function setPhaseState(history: History, input: SetPhaseStateInput): Promise<AnalysisStep> {
  const { db } = history;
  return history.run({ key: 'thematic.setPhase', values: { phase: input.phase } }, async (rec) => {
    const step = await db.analysisSteps.get(analysisStepId(input.projectId, 'thematic', input.phase));
    return applyPlanned(rec, planSetPhaseState({ step }, input, planContext()));
  });
}

export async function createTheme(history: History, input: CreateThemeInput): Promise<Theme> {
  const { db } = history;
  const key = input.parentId === null ? 'thematic.createTheme' : 'thematic.createSubtheme';
  return history.run({ key, values: { theme: input.name.trim() } }, async (rec) =>
    applyPlanned(rec, planCreateTheme(await readThematicRows(db, input.projectId), input, planContext())),
  );
}

/**
 * Renames a theme or edits its definition. Edits of the same field in quick succession (typing in
 * the definition, saved as you go) become one undo step.
 */
export async function updateTheme(history: History, input: UpdateThemeInput): Promise<Theme> {
  const { db } = history;
  const fields = [input.name !== undefined ? 'name' : '', input.definition !== undefined ? 'definition' : ''].join(',');
  const key = input.name !== undefined ? 'thematic.renameTheme' : 'thematic.defineTheme';
  return history.run(
    async () => ({ key, values: { theme: input.name?.trim() || (await themeOrMissing(db, input.id)).name } }),
    async (rec) => {
      const theme = await themeOrMissing(db, input.id);
      return applyPlanned(rec, planUpdateTheme(await readThematicRows(db, theme.projectId), input, planContext()));
    },
    { coalesceKey: `theme:${input.id}:${fields}` },
  );
}

/** Moves a theme on the map (mouse drag or arrow keys). */
export async function placeTheme(history: History, input: PlaceThemeInput): Promise<Theme> {
  const { db } = history;
  // Arrow-key nudges of the same theme in quick succession are one undo step, like typing: Ctrl+Z
  // right after the last nudge undoes them all.
  return history.run(
    themeLabel(db, 'thematic.placeTheme', input.id),
    async (rec) => {
      const theme = await themeOrMissing(db, input.id);
      return applyPlanned(rec, planPlaceTheme({ themes: [theme] }, input, planContext()));
    },
    { coalesceKey: `place:${input.id}` },
  );
}

/** Reorders a theme among its siblings, or moves it under another main theme or up to the main themes. */
export async function moveTheme(history: History, input: MoveThemeInput): Promise<Theme> {
  const { db } = history;
  return history.run(themeLabel(db, 'thematic.moveTheme', input.id), async (rec) => {
    const theme = await themeOrMissing(db, input.id);
    return applyPlanned(rec, planMoveTheme(await readThematicRows(db, theme.projectId), input, planContext()));
  });
}

/** What deleting a theme would take with it: the UI asks first when there are subthemes or quotes. */
export async function themeDeletionImpact(db: KodebokDb, id: Id): Promise<ThemeImpact> {
  const theme = await db.themes.get(id);
  if (!theme) return { subthemes: 0, codes: 0, links: 0, quotes: 0 };
  return planDeleteTheme(await readThematicRows(db, theme.projectId), { id }).value;
}

/** Deletes a theme with its subthemes, their codes, links and quotes: one step. */
export async function deleteTheme(history: History, input: { id: Id }): Promise<ThemeImpact> {
  const { db } = history;
  return history.run(themeLabel(db, 'thematic.deleteTheme', input.id), async (rec) => {
    const theme = await themeOrMissing(db, input.id);
    return applyPlanned(rec, planDeleteTheme(await readThematicRows(db, theme.projectId), input));
  });
}

/** Gathers a code into a theme (dropped on it, or chosen with the keyboard). */
export async function gatherCode(history: History, input: GatherCodeInput): Promise<ThemeCode> {
  const { db } = history;
  return history.run(
    themeCodeLabel(db, 'thematic.gatherCode', input),
    async (rec) => {
      const theme = await themeOrMissing(db, input.themeId);
      const rows = await readThematicRows(db, theme.projectId);
      const codes = await db.codes.where('id').equals(input.codeId).toArray();
      return applyPlanned(rec, planGatherCode({ ...rows, codes }, input, planContext()));
    },
  );
}

/** Takes a code out of a theme, with the theme's quotes drawn from that code's codings. */
export async function removeThemeCode(
  history: History,
  input: { themeId: Id; codeId: Id },
): Promise<{ removedQuotes: number }> {
  const { db } = history;
  return history.run(
    themeCodeLabel(db, 'thematic.removeThemeCode', input),
    async (rec) => {
      const rows = await readThematicRows(db, (await themeOrMissing(db, input.themeId)).projectId);
      const codingIds = rows.themeQuotes.flatMap((q) =>
        q.themeId === input.themeId && q.codingId ? [q.codingId] : [],
      );
      const codings = (await db.codings.bulkGet(codingIds)).flatMap((c) => (c ? [c] : []));
      return applyPlanned(rec, planRemoveThemeCode({ ...rows, codings }, input));
    },
  );
}

export async function addLink(history: History, input: AddLinkInput): Promise<ThemeLink> {
  const { db } = history;
  const label = async () => {
    const [from, to] = [await themeOrMissing(db, input.fromId), await themeOrMissing(db, input.toId)];
    return { key: 'thematic.addLink', values: { from: from.name, to: to.name } };
  };
  return history.run(label, async (rec) => {
    const from = await themeOrMissing(db, input.fromId);
    return applyPlanned(rec, planAddLink(await readThematicRows(db, from.projectId), input, planContext()));
  });
}

export async function labelLink(history: History, input: { id: Id; label: string }): Promise<ThemeLink> {
  const { db } = history;
  return history.run(
    { key: 'thematic.labelLink' },
    async (rec) => {
      const link = await db.themeLinks.get(input.id);
      return applyPlanned(rec, planLabelLink({ themeLinks: link ? [link] : [] }, input, planContext()));
    },
    { coalesceKey: `link:${input.id}` },
  );
}

export async function removeLink(history: History, input: { id: Id }): Promise<ThemeLink | null> {
  const { db } = history;
  return history.run({ key: 'thematic.removeLink' }, async (rec) => {
    const link = await db.themeLinks.get(input.id);
    return applyPlanned(rec, planRemoveLink({ themeLinks: link ? [link] : [] }, input));
  });
}

/** Chooses a coded passage as a quote for a theme. */
export async function addQuote(history: History, input: AddQuoteInput): Promise<ThemeQuote> {
  const { db } = history;
  return history.run(themeLabel(db, 'thematic.addQuote', input.themeId), async (rec) => {
    const rows = await readThematicRows(db, (await themeOrMissing(db, input.themeId)).projectId);
    return applyPlanned(
      rec,
      planAddQuote({ ...rows, coding: await db.codings.get(input.codingId) }, input, planContext()),
    );
  });
}

export async function removeQuote(history: History, input: { id: Id }): Promise<ThemeQuote | null> {
  const { db } = history;
  return history.run({ key: 'thematic.removeQuote' }, async (rec) => {
    const quote = await db.themeQuotes.get(input.id);
    return applyPlanned(rec, planRemoveQuote({ themeQuotes: quote ? [quote] : [] }, input));
  });
}
