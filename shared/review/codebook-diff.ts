import type { Id } from '../model';
import { codeTextFields, snapshotPath, type CodeTextField, type CodebookSnapshot, type SnapshotCode } from './snapshot';
import { diffWords, type WordPart } from './word-diff';

/** One difference between two versions of a codebook, as a reader would name it. */
export type CodebookChange =
  | { kind: 'added'; codeId: Id; path: string }
  | { kind: 'removed'; codeId: Id; path: string }
  | { kind: 'renamed'; codeId: Id; from: string; to: string }
  | { kind: 'moved'; codeId: Id; name: string; fromPath: string; toPath: string }
  | { kind: 'merged'; codeIds: Id[]; fromPaths: string[]; intoId: Id; intoPath: string }
  | { kind: 'split'; codeId: Id; fromPath: string; intoIds: Id[]; intoPaths: string[] }
  | { kind: 'text'; codeId: Id; path: string; field: CodeTextField; parts: WordPart[] };

function parentPath(snapshot: CodebookSnapshot, code: SnapshotCode): string {
  return code.parentId ? snapshotPath(snapshot, code.parentId) : '';
}

/**
 * What changed from `before` to `after`. Codes are matched by id (renames and moves keep it).
 * A code that is gone while its codings now sit on a code that already existed was merged into
 * it; a code whose codings now partly sit on new codes was split into them. Those new codes are
 * then reported as the split, not again as plain additions; merged-away codes not as removals.
 */
export function diffCodebooks(before: CodebookSnapshot, after: CodebookSnapshot): CodebookChange[] {
  const old = new Map(before.codes.map((c) => [c.id, c]));
  const now = new Map(after.codes.map((c) => [c.id, c]));
  const codeOfCodingNow = new Map<Id, Id>();
  for (const code of after.codes) for (const coding of code.codingIds) codeOfCodingNow.set(coding, code.id);

  const changes: CodebookChange[] = [];
  const explained = new Set<Id>();

  // Merges: gone codes grouped by the surviving code that took their codings.
  const mergedInto = new Map<Id, Id[]>();
  for (const code of before.codes) {
    if (now.has(code.id)) continue;
    const targets = new Set(code.codingIds.map((c) => codeOfCodingNow.get(c)).filter((t): t is Id => !!t && old.has(t)));
    if (targets.size !== 1) continue;
    const into = [...targets][0]!;
    mergedInto.set(into, [...(mergedInto.get(into) ?? []), code.id]);
    explained.add(code.id);
  }
  for (const [into, from] of mergedInto) {
    changes.push({
      kind: 'merged',
      codeIds: from,
      fromPaths: from.map((id) => snapshotPath(before, id)),
      intoId: into,
      intoPath: snapshotPath(after, into),
    });
  }

  // Splits: a code (kept or gone) whose codings moved onto codes that are new in `after`.
  for (const code of before.codes) {
    const newHomes = new Set(code.codingIds.map((c) => codeOfCodingNow.get(c)).filter((t): t is Id => !!t && !old.has(t)));
    if (newHomes.size === 0) continue;
    const intoIds = [...newHomes].sort((x, y) => snapshotPath(after, x).localeCompare(snapshotPath(after, y)));
    intoIds.forEach((id) => explained.add(id));
    changes.push({
      kind: 'split',
      codeId: code.id,
      fromPath: snapshotPath(before, code.id),
      intoIds,
      intoPaths: intoIds.map((id) => snapshotPath(after, id)),
    });
  }

  for (const code of after.codes) {
    if (!old.has(code.id) && !explained.has(code.id)) changes.push({ kind: 'added', codeId: code.id, path: snapshotPath(after, code.id) });
  }
  for (const code of before.codes) {
    if (!now.has(code.id) && !explained.has(code.id)) changes.push({ kind: 'removed', codeId: code.id, path: snapshotPath(before, code.id) });
  }

  for (const code of after.codes) {
    const was = old.get(code.id);
    if (!was) continue;
    if (was.name !== code.name) changes.push({ kind: 'renamed', codeId: code.id, from: was.name, to: code.name });
    if (was.parentId !== code.parentId) {
      changes.push({
        kind: 'moved',
        codeId: code.id,
        name: code.name,
        fromPath: parentPath(before, was),
        toPath: parentPath(after, code),
      });
    }
    for (const field of codeTextFields) {
      if (was[field] === code[field]) continue;
      changes.push({ kind: 'text', codeId: code.id, path: snapshotPath(after, code.id), field, parts: diffWords(was[field], code[field]) });
    }
  }
  return changes;
}
