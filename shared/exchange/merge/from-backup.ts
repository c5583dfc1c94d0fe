import type { ProjectBackup } from '../../backup/format';
import { repairRows, type BackupWarning } from '../../backup/repair';
import { upgradeRows } from '../../migrations';
import type { PlanContext } from '../../model';
import type { ExchangeProject } from '../exchange-project';

/**
 * A checked Kodebok backup (decodeBackup) as the rows merge reads: upgraded to this build's schema
 * and repaired the way a restore would (shared/backup/plan-restore.ts), but with its own ids kept,
 * since merge maps every row into the open project itself.
 */
export function exchangeFromBackup(
  backup: Pick<ProjectBackup, 'schemaVersion' | 'project' | 'tables'>,
  at: PlanContext,
): { exchange: ExchangeProject; warnings: BackupWarning[] } {
  const upgraded = upgradeRows({ project: backup.project, tables: backup.tables }, backup.schemaVersion, at);
  const { tables, warnings } = repairRows(upgraded.tables);
  // Backups from before coders were explicit may name the author only; the coder is the author.
  const codings = tables.codings.map((c) => ({ ...c, coderId: c.coderId || c.authorId, authorId: c.authorId || c.coderId }));
  return { exchange: { project: upgraded.project, tables: { ...tables, codings } }, warnings };
}
