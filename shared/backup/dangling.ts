/** A coding whose code or source is not among the rows it came with. */
export interface DanglingCoding {
  codingId: string;
  /** The code id it names, when no such code is there. */
  missingCode?: string;
  /** The source id it names, when no such source is there. */
  missingSource?: string;
}

/**
 * Codings that point at a code or source that is not there: a damaged or hand-edited backup. They
 * are reported, never counted or restored silently (a coding without its code belongs nowhere in
 * the codebook; one without its source has no text).
 */
export function danglingCodings(
  sources: readonly { id?: unknown }[],
  codes: readonly { id?: unknown }[],
  codings: readonly { id?: unknown; codeId?: unknown; sourceId?: unknown }[],
): DanglingCoding[] {
  const sourceIds = new Set(sources.map((s) => s.id));
  const codeIds = new Set(codes.map((c) => c.id));
  const dangling: DanglingCoding[] = [];
  for (const coding of codings) {
    const missingCode = codeIds.has(coding.codeId) ? undefined : String(coding.codeId);
    const missingSource = sourceIds.has(coding.sourceId) ? undefined : String(coding.sourceId);
    if (missingCode === undefined && missingSource === undefined) continue;
    dangling.push({
      codingId: String(coding.id),
      ...(missingCode === undefined ? {} : { missingCode }),
      ...(missingSource === undefined ? {} : { missingSource }),
    });
  }
  return dangling;
}
