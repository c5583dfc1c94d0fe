import type { BackupRow, BackupTables } from '../../backup/format';
import { rowKey, type ProjectTableName, type Write } from '../../model';

/**
 * A project's rows with writes applied, as the store would hold them afterwards: what `cli merge`
 * writes to its output backup without a database. Rows are found by key through one index per
 * table, so a merge of thousands of codings stays linear. Writes to the project row itself are
 * left to the caller (a merge makes none).
 */
export function applyWritesToTables(tables: BackupTables, writes: readonly Write[]): BackupTables {
  const rows = new Map<ProjectTableName, Map<string, BackupRow>>();
  const tableOf = (table: ProjectTableName) => {
    let map = rows.get(table);
    if (!map) {
      map = new Map(tables[table].map((row) => [rowKey(table, row as never), row]));
      rows.set(table, map);
    }
    return map;
  };
  for (const write of writes) {
    if (write.table === 'projects') continue;
    const map = tableOf(write.table);
    if (write.op === 'put') map.set(rowKey(write.table, write.row), write.row as BackupRow);
    else if (write.op === 'update') {
      const row = map.get(write.key);
      if (row) map.set(write.key, { ...row, ...write.patch });
    } else map.delete(write.key);
  }
  const out = { ...tables };
  for (const [table, map] of rows) out[table] = [...map.values()];
  return out;
}
