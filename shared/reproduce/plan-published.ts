import type { PlanContext, Project, PublishedTable, ReproduceCategory, Write } from '../model';
import { planProjectPatch } from '../projects/plan-project';

/** The largest count a published table may hold (far beyond any study's sequences). */
export const maxPublishedValue = 1_000_000;

/** A published count as stored: a whole number 0–1,000,000, or null to clear it. */
export function validPublishedValue(value: number | null): number | null {
  if (value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > maxPublishedValue) {
    throw new RangeError(`A published count is a whole number from 0 to ${maxPublishedValue}.`);
  }
  return value;
}

/**
 * Saves one published value with the project, in its settings (plain data, so backups and
 * reports carry it). Returns no writes when the value is already stored, so an unchanged field
 * leaves no undo step.
 */
export function planSavePublishedValue(
  project: Pick<Project, 'id' | 'settings'>,
  category: ReproduceCategory,
  value: number | null,
  at: PlanContext,
): Write[] {
  const next = validPublishedValue(value);
  const current: PublishedTable = project.settings.publishedTable ?? {};
  if ((current[category] ?? null) === next) return [];
  const publishedTable: PublishedTable = { ...current };
  if (next === null) delete publishedTable[category];
  else publishedTable[category] = next;
  return planProjectPatch(project.id, { settings: { ...project.settings, publishedTable }, updatedAt: at.now });
}
