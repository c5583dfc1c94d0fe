import type { Coder } from '../../../shared/model';
import type { KodebokDb } from '../db';
import { currentCoder } from '../repositories/coders';

/** Who is coding: the coder new codings and memos are signed with. */
export interface CoderActions {
  currentCoder(projectId: string): Promise<Coder>;
}

export function coderActions(db: KodebokDb): CoderActions {
  return { currentCoder: (projectId) => currentCoder(db, projectId) };
}
