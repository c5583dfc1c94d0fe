/**
 * An invented project the size the chart scenarios ask for (issue #14): 200 codes in a hierarchy,
 * 10,000 codings over 40 dialogue threads with user and caseworker messages, reply delays (exact
 * and ranges) on the caseworker's replies, the study's response and strategy codes (so the
 * strategy and delay charts have something to draw), and an STC analysis for the flow chart.
 * Deterministic: every run measures the same rows.
 */
import type { ChartRows } from '../../../shared/charts';
import { responseCodes } from '../../../shared/codebook/boundary-work/response';
import { strategyCodes } from '../../../shared/codebook/boundary-work/strategies';
import type { TemplateCode } from '../../../shared/codebook/template-code';
import type { Code, Coding } from '../../../shared/model';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const now = '2026-01-01T00:00:00.000Z';

function code(id: string, name: string, parentId: string | null, order: number): Code {
  return {
    id,
    projectId: 'bench',
    parentId,
    order,
    name,
    shortName: '',
    color: '#1f5f8b',
    definition: '',
    inclusion: '',
    exclusion: '',
    typicalExample: '',
    atypicalExample: '',
    pinned: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** The template's codes with their bokmål names, as a project made from the boundary-work codebook holds them. */
function templateCodes(template: TemplateCode, parentId: string | null, order: number, into: Code[]): void {
  const id = `t-${template.key}`;
  into.push(code(id, template.text.nb.name, parentId, order));
  template.children.forEach((child, i) => templateCodes(child, id, i, into));
}

const delays = [
  { phrase: 'samme dag', minHours: 0, maxHours: 24 },
  { phrase: 'dagen etter', minHours: 24, maxHours: 24 },
  { phrase: 'to dager etter', minHours: 48, maxHours: 48 },
  { phrase: 'tre dager etter', minHours: 72, maxHours: 72 },
  { phrase: 'en uke etter', minHours: 168, maxHours: 168 },
  { phrase: 'noen dager etter', minHours: 48, maxHours: 120 },
];

export interface SyntheticProject {
  rows: ChartRows;
  /** Codes in the study's categories (the strategy and delay charts count these). */
  categoryCodes: number;
}

export function syntheticChartProject(codeCount = 200, codingCount = 10_000, sourceCount = 40): SyntheticProject {
  const rnd = random(14);
  const codes: Code[] = [];
  templateCodes(responseCodes, null, 0, codes);
  templateCodes(strategyCodes, null, 1, codes);
  const categoryCodes = codes.length;
  // The rest: themes of nine sub-codes each, then a last theme with what is left.
  for (let theme = 0; codes.length < codeCount; theme++) {
    const rootId = `theme${theme}`;
    codes.push(code(rootId, `Tema ${theme + 1}: ${['økonomi', 'bolig', 'arbeid', 'helse', 'familie', 'frister', 'klage', 'tillit'][theme % 8]}`, null, theme + 2));
    for (let k = 0; k < 9 && codes.length < codeCount; k++) codes.push(code(`${rootId}-${k}`, `Undertema ${theme + 1}.${k + 1}`, rootId, k));
  }

  const sources: ChartRows['sources'] = [];
  const messages: NonNullable<ChartRows['messages']> = [];
  for (let s = 0; s < sourceCount; s++) {
    const sourceId = `src${s}`;
    let at = 0;
    const turns = 40 + Math.floor(rnd() * 30);
    for (let order = 0; order < turns; order++) {
      const length = 80 + Math.floor(rnd() * 400);
      const caseworker = order % 2 === 1;
      // Most replies quote a delay; a few quote none.
      const delay = caseworker && rnd() < 0.8 ? delays[Math.floor(rnd() * delays.length)]! : null;
      messages.push({ sourceId, start: at, end: at + length, order, role: caseworker ? 'caseworker' : 'user', delay });
      at += length + 2;
    }
    sources.push({ id: sourceId, title: `Tråd ${String(s + 1).padStart(2, '0')}`, order: s, length: at });
  }

  const bySource = new Map<string, typeof messages>();
  for (const m of messages) bySource.set(m.sourceId, [...(bySource.get(m.sourceId) ?? []), m]);
  const codings: Coding[] = [];
  for (let i = 0; i < codingCount; i++) {
    const sourceId = `src${i % sourceCount}`;
    const turns = bySource.get(sourceId)!;
    const m = turns[Math.floor(rnd() * turns.length)]!;
    // One coding in ten carries a study code on a reply; the rest spread over all the codes.
    const study = i % 10 === 0;
    const c = study ? codes[1 + Math.floor(rnd() * (categoryCodes - 1))]! : codes[Math.floor(rnd() * codes.length)]!;
    const start = m.start + Math.floor(rnd() * (m.end - m.start) * 0.5);
    const end = Math.min(m.end, start + 10 + Math.floor(rnd() * 200));
    codings.push({ id: `c${i}`, projectId: 'bench', sourceId, codeId: c.id, coderId: 'kari', authorId: 'kari', start, end: Math.max(end, start + 1), createdAt: now, updatedAt: now });
  }

  // STC: 12 code groups of 3 subgroups, 600 meaning units, one in six unsorted, two golden quotes per subgroup.
  const codeGroups = Array.from({ length: 12 }, (_, g) => ({ id: `cg${g}`, name: `Kodegruppe ${g + 1}`, order: g }));
  const subgroups = codeGroups.flatMap((g) => [0, 1, 2].map((k) => ({ id: `${g.id}-sg${k}`, codeGroupId: g.id, name: `Subgruppe ${k + 1}`, order: k })));
  const placements = Array.from({ length: 600 }, (_, u) => {
    const g = u % codeGroups.length;
    return { meaningUnitId: `mu${u}`, codeGroupId: `cg${g}`, subgroupId: u % 6 === 5 ? null : `cg${g}-sg${u % 3}` };
  });
  const goldenQuotes = subgroups.flatMap((s) =>
    placements
      .filter((p) => p.subgroupId === s.id)
      .slice(0, 2)
      .map((p) => ({ subgroupId: s.id, meaningUnitId: p.meaningUnitId })),
  );

  return { rows: { codes, codings, sources, messages, deadlineHours: 48, codeGroups, subgroups, placements, goldenQuotes }, categoryCodes };
}
