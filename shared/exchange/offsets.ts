/**
 * From the positions a REFI-QDA file gives a PlainTextSelection to our UTF-16 offsets over the
 * stored (normalised) text. The standard says only "characters": NVivo counts UTF-16 units over
 * the text as stored in the file (BOM dropped, CRLF counted as 2; verified against the real files
 * in fixtures/refi/README.md), other tools may count code points. The two agree until the first
 * character outside the Basic Multilingual Plane (an emoji), so a source without one cannot tell
 * them apart and needs no choice.
 *
 * Every selection is placed under both readings; per source the reading that places all of them
 * wins (UTF-16 first, as the only one verified on real files), else the one that places more.
 * A selection that cannot be placed under the chosen reading is returned with the reason, never
 * moved to a nearby place: a coding on the wrong words is worse than a listed, missing one.
 */
export type PositionReading = 'utf16' | 'code-points';

/** A selection as the file gives it; `quote` is its `name` when the tool writes the quoted text there. */
export interface FileSelection {
  start: number;
  end: number;
  quote?: string;
}

export type UnplacedReason =
  /** Before the start, past the end, or ending before it starts. */
  | 'outside-text'
  /** A boundary falls between the two halves of a character outside the BMP (an emoji). */
  | 'inside-surrogate-pair'
  /** The file's quoted text is not what the selection covers. */
  | 'quote-mismatch'
  /** Start equals end: nothing to code. */
  | 'empty';

export type Placement = { ok: true; start: number; end: number } | { ok: false; reason: UnplacedReason };

export interface PlacedSource {
  /** The text as Kodebok stores it: BOM dropped, CRLF and CR → LF, NULs removed. */
  text: string;
  /** 'either' when the text has no character outside the BMP, so both readings agree. */
  reading: PositionReading | 'either';
  /** One per selection, in the order given. */
  placements: Placement[];
}

/**
 * The stored text (as normaliseText + removeNul make it from a text without BOM) and, for each
 * UTF-16 index of the file's text, the index it has in the stored text.
 */
function normalise(body: string): { stored: string; toStored: Int32Array } {
  const map = new Int32Array(body.length + 1);
  const kept: string[] = [];
  let from = 0;
  let k = 0;
  for (let i = 0; i < body.length; i++) {
    map[i] = k;
    const c = body.charCodeAt(i);
    if (c !== 13 && c !== 0) {
      k++;
      continue;
    }
    kept.push(body.slice(from, i));
    from = i + 1;
    // A CR before LF and a NUL are dropped; a lone CR becomes LF.
    if (c === 13 && body.charCodeAt(i + 1) !== 10) {
      kept.push('\n');
      k++;
    }
  }
  map[body.length] = k;
  kept.push(body.slice(from));
  return { stored: kept.join(''), toStored: map };
}

/** For each code point index of `body`, its UTF-16 index (a lone surrogate counts as one code point). */
function unitIndexOfCodePoints(body: string): Int32Array {
  const units: number[] = [];
  for (let i = 0; i < body.length; i++) {
    units.push(i);
    if (isHigh(body.charCodeAt(i)) && isLow(body.charCodeAt(i + 1))) i++;
  }
  units.push(body.length);
  return Int32Array.from(units);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whitespace runs as one space, composed (NFC): tools re-wrap and re-compose quoted text. */
function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Whether `quote` is the covered text. ATLAS.ti shortens long quotes to about 100 characters and
 * ends them with "…", so a quote ending in an ellipsis only has to begin the covered text.
 */
export function quoteMatches(quote: string, covered: string): boolean {
  const q = comparable(quote);
  const c = comparable(covered);
  if (q === c) return true;
  const cut = q.endsWith('…') ? q.slice(0, -1) : q.endsWith('...') ? q.slice(0, -3) : null;
  return cut !== null && c.startsWith(cut.trimEnd());
}

function placeUnder(
  reading: PositionReading,
  body: string,
  stored: string,
  toStored: Int32Array,
  codePoints: Int32Array | null,
  selection: FileSelection,
): Placement {
  const { start, end } = selection;
  const limit = reading === 'utf16' ? body.length : codePoints!.length - 1;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > limit || end < start)
    return { ok: false, reason: 'outside-text' };
  const unitStart = reading === 'utf16' ? start : codePoints![start]!;
  const unitEnd = reading === 'utf16' ? end : codePoints![end]!;
  for (const at of [unitStart, unitEnd]) {
    if (at > 0 && at < body.length && isHigh(body.charCodeAt(at - 1)) && isLow(body.charCodeAt(at)))
      return { ok: false, reason: 'inside-surrogate-pair' };
  }
  const placed = { start: toStored[unitStart]!, end: toStored[unitEnd]! };
  if (placed.start === placed.end) return { ok: false, reason: 'empty' };
  if (selection.quote && !quoteMatches(selection.quote, stored.slice(placed.start, placed.end)))
    return { ok: false, reason: 'quote-mismatch' };
  return { ok: true, ...placed };
}

/** Whether the text holds a surrogate pair, i.e. a character outside the BMP. */
function hasAstral(text: string): boolean {
  return /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
}

/**
 * Places a source's selections. `fileText` is the source file decoded (a leading BOM may still be
 * there, line endings as in the file).
 */
export function placeSelections(fileText: string, selections: readonly FileSelection[]): PlacedSource {
  const body = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  const { stored, toStored } = normalise(body);
  const utf16 = selections.map((s) => placeUnder('utf16', body, stored, toStored, null, s));
  if (!hasAstral(body)) return { text: stored, reading: 'either', placements: utf16 };
  const codePoints = unitIndexOfCodePoints(body);
  const points = selections.map((s) => placeUnder('code-points', body, stored, toStored, codePoints, s));
  const placed = (list: Placement[]) => list.filter((p) => p.ok).length;
  const useUtf16 = placed(utf16) === selections.length || placed(utf16) >= placed(points);
  return useUtf16
    ? { text: stored, reading: 'utf16', placements: utf16 }
    : { text: stored, reading: 'code-points', placements: points };
}
