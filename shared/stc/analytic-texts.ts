import type { AnalyticText, Id, PlanContext, Planned } from '../model';
import { codeGroupOrMissing } from './code-groups';
import type { StcRows } from './rows';
import { stcMissing } from './stc-error';

type TextRows = Pick<StcRows, 'projectId' | 'sources' | 'codeGroups' | 'analyticTexts'>;

export interface AnalyticTextFields {
  heading?: string;
  /** Serialised Lexical state, with its plain text beside it (both or neither). */
  content?: string;
  plainText?: string;
  theory?: string;
}

function writeText(rows: TextRows, codeGroupId: Id, authorId: Id, patch: Partial<AnalyticText>, at: PlanContext): Planned<AnalyticText> {
  const group = codeGroupOrMissing(rows, codeGroupId);
  const existing = rows.analyticTexts.find((t) => t.codeGroupId === group.id);
  if (existing) {
    const full = { ...patch, updatedAt: at.now };
    return { writes: [{ op: 'update', table: 'analyticTexts', projectId: rows.projectId, key: existing.id, patch: full }], value: { ...existing, ...full } };
  }
  const row: AnalyticText = {
    id: at.newId(),
    projectId: rows.projectId,
    codeGroupId: group.id,
    heading: '',
    content: '',
    plainText: '',
    theory: '',
    recontextualised: [],
    ...patch,
    authorId,
    createdAt: at.now,
    updatedAt: at.now,
  };
  return { writes: [{ op: 'put', table: 'analyticTexts', projectId: rows.projectId, row }], value: row };
}

/**
 * Writes a code group's analytic text (step 4): heading, text, how the findings meet theory. One
 * text per group: the first write makes it, later writes change only the fields given.
 */
export function planWriteAnalyticText(
  rows: TextRows,
  input: AnalyticTextFields & { codeGroupId: Id; authorId: Id },
  at: PlanContext,
): Planned<AnalyticText> {
  const patch: Partial<AnalyticText> = {};
  if (input.heading !== undefined) patch.heading = input.heading;
  if (input.content !== undefined) patch.content = input.content;
  if (input.plainText !== undefined) patch.plainText = input.plainText;
  if (input.theory !== undefined) patch.theory = input.theory;
  return writeText(rows, input.codeGroupId, input.authorId, patch, at);
}

/** Ticks a source off (or on again) in the group's recontextualisation checklist: re-read against the analytic text. */
export function planToggleRecontextualised(
  rows: TextRows,
  input: { codeGroupId: Id; sourceId: Id; authorId: Id },
  at: PlanContext,
): Planned<AnalyticText> {
  if (!rows.sources.some((s) => s.id === input.sourceId)) throw stcMissing('source');
  const current = rows.analyticTexts.find((t) => t.codeGroupId === input.codeGroupId)?.recontextualised ?? [];
  const recontextualised = current.includes(input.sourceId) ? current.filter((id) => id !== input.sourceId) : [...current, input.sourceId];
  return writeText(rows, input.codeGroupId, input.authorId, { recontextualised }, at);
}
