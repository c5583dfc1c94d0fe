import type { CodebookLanguage } from '../codebook/document';
import type { Coding, Id } from '../model';
import type { CodebookSnapshot } from './snapshot';

/** One coded passage shown under its code, so the reviewer judges the code by how it was used. */
export interface PackageExample {
  codingId: Id;
  sourceName: string;
  text: string;
}

/** Everything a review package prints: plain data, gathered by the caller. */
export interface ReviewPackageInput {
  /** Ties the comments file back to this package and project. */
  packageId: Id;
  projectId: Id;
  projectName: string;
  versionName: string;
  language: CodebookLanguage;
  snapshot: CodebookSnapshot;
  examples: Record<Id, PackageExample[]>;
}

/**
 * Up to `perCode` examples for each code, in source order then by offset, so the same project
 * always gives the same package. `textOf` returns a source's text and name, or undefined if gone.
 */
export function pickExamples(
  codings: readonly Coding[],
  perCode: number,
  sourceOf: (sourceId: Id) => { name: string; text: string; order: number } | undefined,
): Record<Id, PackageExample[]> {
  const sorted = [...codings].sort(
    (a, b) => (sourceOf(a.sourceId)?.order ?? 0) - (sourceOf(b.sourceId)?.order ?? 0) || a.start - b.start || a.id.localeCompare(b.id),
  );
  const out: Record<Id, PackageExample[]> = {};
  for (const coding of sorted) {
    const list = (out[coding.codeId] ??= []);
    if (list.length >= perCode) continue;
    const source = sourceOf(coding.sourceId);
    if (!source) continue;
    list.push({ codingId: coding.id, sourceName: source.name, text: source.text.slice(coding.start, coding.end) });
  }
  return out;
}
