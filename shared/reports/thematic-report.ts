import type { ReproduceTable } from '../reproduce';
import { reportReproduceTable } from './reproduce-blocks';
import { buildCodeTree, codePath, descendantIds, flattenCodeTree } from '../codebook/tree';
import type { Id, Theme } from '../model';
import { auditTrail, type AuditTrail } from './audit-trail';
import type { ReportLanguage } from './labels';
import { inOrder, quoteFinder, type ReportQuote } from './quote';
import type { ReportRows } from './rows';

/** What a theme or subtheme is built from and how much of the material it covers. */
export interface ThemeCoverage {
  /** Paths of the codes gathered into it ("Boundary work/Clear"), in codebook order. */
  codes: string[];
  /** Codings of those codes AND their sub-codes (as `cli stats` counts a code), each coding once. */
  segments: number;
  /** Sources those codings are in, each once. */
  sources: number;
}

export interface SubthemeReport extends ThemeCoverage {
  name: string;
  definition: string;
  quotes: ReportQuote[];
}

export interface ThemeReport extends ThemeCoverage {
  name: string;
  definition: string;
  /** Quotes chosen for the main theme itself (its subthemes' quotes are under each subtheme). */
  quotes: ReportQuote[];
  subthemes: SubthemeReport[];
}

/** The results of a reflexive thematic analysis, ready to print as JSON, Markdown or .docx. */
export interface ThematicReport {
  method: 'thematic';
  language: ReportLanguage;
  projectName: string;
  /** Sources in the project: "from 6 of 8 sources". */
  totalSources: number;
  themes: ThemeReport[];
  /** The lines drawn on the thematic map, by theme name. */
  links: { from: string; to: string; label: string }[];
  audit: AuditTrail;
  /** The study's table reproduced beside the published values, when any is entered (Appendix C). */
  reproduce: ReproduceTable | null;
}

/**
 * Builds the thematic report: main themes in their order, each with its subthemes in order. A main
 * theme's codes are those gathered into it or into any of its subthemes (a main theme stands for
 * everything below it); a code stands for its sub-codes when segments and sources are counted.
 */
export function buildThematicReport(rows: ReportRows, language: ReportLanguage): ThematicReport {
  const quote = quoteFinder(rows);
  const codeOrder = new Map(flattenCodeTree(buildCodeTree(rows.codes)).map((n, i) => [n.code.id, i]));
  const codingsOf = new Map<Id, ReportRows['codings']>();
  for (const coding of rows.codings) {
    const list = codingsOf.get(coding.codeId);
    if (list) list.push(coding);
    else codingsOf.set(coding.codeId, [coding]);
  }
  const coverage = (themeIds: Id[]): ThemeCoverage => {
    const ids = new Set(themeIds);
    const codeIds = [...new Set(rows.themeCodes.filter((t) => ids.has(t.themeId)).map((t) => t.codeId))]
      .filter((id) => codeOrder.has(id))
      .sort((a, b) => codeOrder.get(a)! - codeOrder.get(b)!);
    const codings = new Map<Id, string>();
    for (const codeId of codeIds)
      for (const sub of descendantIds(rows.codes, codeId))
        for (const coding of codingsOf.get(sub) ?? []) codings.set(coding.id, coding.sourceId);
    return {
      codes: codeIds.map((id) => codePath(rows.codes, id)),
      segments: codings.size,
      sources: new Set(codings.values()).size,
    };
  };
  const quotesOf = (theme: Theme) =>
    inOrder(rows.themeQuotes.filter((q) => q.themeId === theme.id)).flatMap((q) => quote(q) ?? []);

  const ids = new Set(rows.themes.map((t) => t.id));
  // A subtheme whose main theme is gone is shown as a main theme rather than lost.
  const mains = inOrder(rows.themes.filter((t) => t.parentId === null || !ids.has(t.parentId)));
  const themes = mains.map((main): ThemeReport => {
    const subs = inOrder(rows.themes.filter((t) => t.parentId === main.id && t.id !== main.id));
    return {
      name: main.name,
      definition: main.definition,
      ...coverage([main.id, ...subs.map((s) => s.id)]),
      quotes: quotesOf(main),
      subthemes: subs.map((sub) => ({
        name: sub.name,
        definition: sub.definition,
        ...coverage([sub.id]),
        quotes: quotesOf(sub),
      })),
    };
  });
  const names = new Map(rows.themes.map((t) => [t.id, t.name]));
  const links = rows.themeLinks
    .filter((l) => names.has(l.fromId) && names.has(l.toId))
    .map((l) => ({ from: names.get(l.fromId)!, to: names.get(l.toId)!, label: l.label }));
  return {
    method: 'thematic',
    language,
    projectName: rows.projectName,
    totalSources: rows.sources.length,
    themes,
    links,
    audit: auditTrail(rows, 'thematic'),
    reproduce: reportReproduceTable(rows),
  };
}
