import { buildCodeTree, codePath, descendantIds, flattenCodeTree } from '../codebook/tree';
import type { Code, Id, TextSpan } from '../model';
import type { AlphaLevel } from './alpha';
import { measureAgreement, type AgreementMeasure } from './measure';
import {
  codeUnitTable,
  coderRanges,
  indexCodings,
  type AgreementCoding,
  type AgreementSource,
  type CodingIndex,
} from './project-table';
import { undefinedResult, type AgreementResult } from './result';
import type { AgreementTable } from './table';
import { unitizedDisagreement, type UnitizedSection } from './unitized-alpha';
import { unitSpans, type AgreementUnitKind } from './units';

/** Every measure the project form offers: the table measures and unitized α on character ranges. */
export type ProjectMeasure = AgreementMeasure | 'ualpha';
export const projectMeasures: readonly ProjectMeasure[] = ['percent', 'cohen', 'scott', 'fleiss', 'alpha', 'ualpha'];

export interface ProjectAgreementInput {
  sources: readonly AgreementSource[];
  codes: readonly Code[];
  codings: readonly AgreementCoding[];
}

export interface ProjectAgreementOptions {
  /** The coders to compare, in column order. */
  coderIds: readonly Id[];
  /** Only these sources (default: all given). */
  sourceIds?: readonly Id[];
  /** Only this code and its sub-codes (default: every code). */
  codeId?: Id;
  measure: ProjectMeasure;
  /** Ignored by 'ualpha', which always works on character ranges. */
  unit: AgreementUnitKind;
  /** α's level; present/absent values are binary, where every level gives the same α. */
  level?: AlphaLevel;
}

export interface CodeAgreement {
  codeId: Id;
  path: string;
  result: AgreementResult;
}

export interface ProjectAgreement {
  coderIds: Id[];
  unit: AgreementUnitKind;
  measure: ProjectMeasure;
  /**
   * Every chosen code at once: the codes' tables stacked (each unit × code a row), so overall is
   * "does the coder apply this code here" over all codes. For uα: 1 − Σ uD_o / Σ uD_e over codes.
   */
  overall: AgreementResult;
  codes: CodeAgreement[];
}

/** The codes in codebook order: all, or the chosen one with its sub-codes. */
export function chosenCodes(codes: readonly Code[], codeId?: Id): Code[] {
  const ordered = flattenCodeTree(buildCodeTree([...codes])).map((n) => n.code);
  if (codeId === undefined) return ordered;
  const keep = descendantIds([...codes], codeId);
  return ordered.filter((c) => keep.has(c.id));
}

function stack(tables: readonly AgreementTable[], coders: readonly string[]): AgreementTable {
  const units = tables.flatMap((t) => t.units);
  if (!tables.some((t) => t.weights)) return { coders, units };
  return { coders, units, weights: tables.flatMap((t) => t.units.map((_r, u) => t.weights?.[u] ?? 1)) };
}

/**
 * Agreement between the chosen coders on the chosen sources, per code and overall. The app and
 * the CLI both call this, so they report the same numbers.
 */
export function projectAgreement(input: ProjectAgreementInput, options: ProjectAgreementOptions): ProjectAgreement {
  const wantedSources = options.sourceIds ? new Set(options.sourceIds) : null;
  const sources = input.sources.filter((s) => !wantedSources || wantedSources.has(s.id));
  const index = indexCodings(input.codings, options.coderIds);
  const codes = chosenCodes(input.codes, options.codeId);
  const byId = new Map(input.codes.map((c) => [c.id, c]));
  const base = { coderIds: [...options.coderIds], unit: options.unit, measure: options.measure };
  if (options.measure === 'ualpha') return { ...base, unit: 'char', ...unitizedForCodes(sources, index, codes, byId) };

  // Unit spans depend on the source alone: worked out once, not once per code.
  const spans = new Map<Id, TextSpan[]>();
  const unit = options.unit;
  const spansOf = (s: AgreementSource) => {
    if (unit === 'char') return [];
    let list = spans.get(s.id);
    if (!list) spans.set(s.id, (list = unitSpans(s.text, s.turns, unit)));
    return list;
  };
  const measure = options.measure;
  const tables: AgreementTable[] = [];
  const perCode = codes.map((code) => {
    const { table } = codeUnitTable(sources, index, code.id, unit, spansOf);
    tables.push(table);
    return { codeId: code.id, path: codePath(byId, code.id), result: measureAgreement(table, measure, options.level) };
  });
  const overall = measureAgreement(stack(tables, options.coderIds), measure, options.level);
  return { ...base, overall, codes: perCode };
}

/** The sections uα reads for one code: each source every coder coded. */
export function unitizedSections(
  sources: readonly AgreementSource[],
  index: CodingIndex,
  codeId: Id,
): UnitizedSection[] {
  const out: UnitizedSection[] = [];
  for (const source of sources) {
    const ranges = index.coderIds.map((coder) => coderRanges(index, coder, source.id, codeId));
    if (ranges.some((r) => r === null)) continue;
    out.push({ length: source.text.length, ranges: ranges as TextSpan[][] });
  }
  return out;
}

function unitizedForCodes(
  sources: readonly AgreementSource[],
  index: CodingIndex,
  codes: readonly Code[],
  byId: Map<Id, Code>,
): Pick<ProjectAgreement, 'overall' | 'codes'> {
  const coders = index.coderIds.length;
  let observed = 0;
  let expected = 0;
  let units = 0;
  let pairable = 0;
  const perCode = codes.map((code) => {
    const d = unitizedDisagreement(unitizedSections(sources, index, code.id), coders);
    observed += d.observed;
    expected += d.expected;
    units += d.result.units;
    pairable = d.result.pairable;
    return { codeId: code.id, path: codePath(byId, code.id), result: d.result };
  });
  const counts = { units, coders, pairable };
  let overall: AgreementResult;
  if (coders < 2 || pairable === 0) overall = undefinedResult('too-few-pairable', counts);
  else if (!(expected > 0)) overall = undefinedResult('no-variation', counts);
  else overall = { value: 1 - observed / expected, reason: null, ...counts };
  return { overall, codes: perCode };
}
