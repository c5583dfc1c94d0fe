import type { Code, Coding, Id, PlanContext, Planned, Write } from '../model';
import { diffCodebooks } from './codebook-diff';
import { snapshotCodebook, type CodebookVersion } from './snapshot';

export interface NewVersion {
  projectId: Id;
  name: string;
  author: string;
  note: string;
}

/** Snapshots the codebook as a new version. */
export function planSnapshotVersion(rows: { codes: Code[]; codings: Coding[] }, input: NewVersion, at: PlanContext): Planned<CodebookVersion> {
  const row: CodebookVersion = {
    id: at.newId(),
    projectId: input.projectId,
    createdAt: at.now,
    updatedAt: at.now,
    name: input.name.trim(),
    author: input.author.trim(),
    note: input.note.trim(),
    snapshot: snapshotCodebook(rows.codes, rows.codings),
    signOff: null,
  };
  return { writes: [{ op: 'put', table: 'codebookVersions', projectId: input.projectId, row }], value: row };
}

/** Signs a version off; a version signed once stays as signed (frozen), so a second sign-off is refused. */
export function planSignOff(version: CodebookVersion, by: string, at: PlanContext): Write[] | 'already-signed' {
  if (version.signOff) return 'already-signed';
  return [
    {
      op: 'update',
      table: 'codebookVersions',
      projectId: version.projectId,
      key: version.id,
      patch: { signOff: { by: by.trim(), at: at.now }, updatedAt: at.now },
    },
  ];
}

/** The newest signed-off version, the one the codebook header names. */
export function latestSignedOff(versions: readonly CodebookVersion[]): CodebookVersion | undefined {
  return [...versions].filter((v) => v.signOff).sort((a, b) => b.signOff!.at.localeCompare(a.signOff!.at))[0];
}

/**
 * Whether the codebook has moved on since a version: edits after a sign-off belong to the next
 * version, and the header says so instead of letting the signed one look current.
 */
export function editedSince(version: CodebookVersion, codes: Code[], codings: Coding[]): boolean {
  return diffCodebooks(version.snapshot, snapshotCodebook(codes, codings)).length > 0;
}
