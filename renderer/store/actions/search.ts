import type { Id } from '../../../shared/model';
import type { SearchRows } from '../../../shared/search';
import type { KodebokDb, SearchIndexRow } from '../db';
import { readSearchRows, watchSearchRows, type SearchRowsChange } from '../queries/search-rows';
import { readSearchIndex, writeSearchIndex } from '../repositories/search-indexes';
import { previewAutoCoding, type AutoCodePassages, type AutoCodeRequest } from '../commands/auto-code';

export type { AutoCodePassages, AutoCodeRequest } from '../commands/auto-code';

export type { SearchIndexRow } from '../db';
export type { SearchRowsChange } from '../queries/search-rows';

/** What the search worker's host (renderer/search) needs from the store: the rows, their changes, and the kept index. */
export interface SearchActions {
  readRows(projectId: Id): Promise<SearchRows>;
  /** Each committed change to searchable rows, read again; null: read everything again. */
  watchRows(projectId: Id, onChange: (change: SearchRowsChange | null) => void): () => void;
  readIndex(projectId: Id): Promise<SearchIndexRow | undefined>;
  writeIndex(row: SearchIndexRow): Promise<void>;
  /** What auto-coding these hits would code, read before the user applies it. */
  previewAutoCode(request: AutoCodeRequest): Promise<AutoCodePassages>;
}

export function searchActions(db: KodebokDb): SearchActions {
  return {
    readRows: (projectId) => readSearchRows(db, projectId),
    watchRows: (projectId, onChange) => watchSearchRows(db, projectId, onChange),
    readIndex: (projectId) => readSearchIndex(db, projectId),
    writeIndex: (row) => writeSearchIndex(db, row),
    previewAutoCode: (request) => previewAutoCoding(db, request),
  };
}
