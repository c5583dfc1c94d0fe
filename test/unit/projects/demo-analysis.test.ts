import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoProject, sampleDataFolder } from '../../../cli/demo-project';
import { nodeImportEnvironment } from '../../../cli/node-environment';
import { codesFromCodebook } from '../../../shared/codebook/instantiate';
import { boundaryWorkTemplate } from '../../../shared/codebook/template';
import { planDemoAnalysis } from '../../../shared/demo/demo-analysis';
import { parseDemoFiles } from '../../../shared/demo/demo-sources';
import { parseDemoManifest } from '../../../shared/demo/manifest';
import { parseMemoState } from '../../../shared/memos/content';
import type {
  AnalysisStep,
  AnalyticText,
  CodeGroup,
  GoldenQuote,
  MeaningUnit,
  Placement,
  ReadMark,
  Subgroup,
  Theme,
  ThemeCode,
  ThemeLink,
  ThemeQuote,
  Write,
} from '../../../shared/model';
import { fixedContext } from '../plan-context';

/** The demo's sources as the app stores them: every sample file through the real importer. */
async function demoSources() {
  const manifest = parseDemoManifest(JSON.parse(await readFile(join(sampleDataFolder, 'demo-project.json'), 'utf8')));
  const parsed = await parseDemoFiles(manifest, async (path) => new Uint8Array(await readFile(join(sampleDataFolder, path))), nodeImportEnvironment);
  return parsed.flatMap(({ result }) => result.sources).map((s, i) => ({ id: `s${i}`, title: s.title, text: s.text }));
}

let writes: Write[];
let texts: Map<string, string>;
let codeIds: Map<string, string>;
const rows = <T>(table: string) => writes.flatMap((w) => (w.op === 'put' && w.table === table ? [w.row as T] : []));
const slice = (r: { sourceId: string; start: number; end: number }) => texts.get(r.sourceId)!.slice(r.start, r.end);

beforeAll(async () => {
  const sources = await demoSources();
  texts = new Map(sources.map((s) => [s.id, s.text]));
  codeIds = codesFromCodebook(boundaryWorkTemplate('nb'), { projectId: 'p', now: 't', newId: (e) => `code:${e.key ?? e.name}` }).keys;
  writes = planDemoAnalysis({ projectId: 'p', authorId: 'kari', sources, codeIds }, fixedContext()).writes;
});

describe('the demo project’s worked STC example (interviews)', () => {
  it('has at least three code groups, each with two subgroups holding a first-person condensate stored as memo content', () => {
    const groups = rows<CodeGroup>('codeGroups');
    const subgroups = rows<Subgroup>('subgroups');
    expect(groups.length).toBeGreaterThanOrEqual(3);
    for (const group of groups) {
      const own = subgroups.filter((s) => s.codeGroupId === group.id);
      expect(own, group.name).toHaveLength(2);
      for (const sub of own) {
        // First person: the condensate speaks as the participants do ("jeg", "vi", "min").
        expect(sub.plainText).toMatch(/(^|\s)(jeg|vi|min|meg)\s/i);
        const state = parseMemoState(sub.content);
        expect(state, sub.name).not.toBeNull();
        expect(JSON.stringify(state)).toContain(sub.plainText.slice(0, 30));
      }
      expect(group.themeIds.length).toBeGreaterThan(0);
    }
  });

  it('every meaning unit and golden quote is verbatim text of an interview, each quote inside its unit, each unit placed', () => {
    const units = rows<MeaningUnit>('meaningUnits');
    const quotes = rows<GoldenQuote>('goldenQuotes');
    const placements = rows<Placement>('placements');
    const subgroups = new Map(rows<Subgroup>('subgroups').map((s) => [s.id, s]));
    // Every sentence the example names was found in the sample interviews.
    expect(units).toHaveLength(13);
    expect(quotes).toHaveLength(6);
    for (const unit of units) {
      expect(slice(unit)).toMatch(/^[A-ZÆØÅ].*\.$/);
      expect(texts.get(unit.sourceId)!.startsWith('Intervju')).toBe(true);
    }
    for (const quote of quotes) {
      const unit = units.find((u) => u.id === quote.meaningUnitId)!;
      expect(quote.sourceId).toBe(unit.sourceId);
      expect(quote.start).toBeGreaterThanOrEqual(unit.start);
      expect(quote.end).toBeLessThanOrEqual(unit.end);
      expect(slice(unit)).toContain(slice(quote));
      const placement = placements.find((p) => p.meaningUnitId === unit.id)!;
      expect(placement.subgroupId).toBe(quote.subgroupId);
      expect(placement.codeGroupId).toBe(subgroups.get(quote.subgroupId)!.codeGroupId);
    }
    expect(new Set(units.map((u) => u.sourceId)).size).toBe(2);
  });

  it('has an analytic text with a heading per group, steps 1–3 done and 4 in progress, and the sources read', () => {
    const texts = rows<AnalyticText>('analyticTexts');
    expect(texts.map((t) => t.codeGroupId).sort()).toEqual(rows<CodeGroup>('codeGroups').map((g) => g.id).sort());
    for (const text of texts) {
      expect(text.heading.length).toBeGreaterThan(5);
      expect(parseMemoState(text.content)).not.toBeNull();
    }
    const steps = rows<AnalysisStep>('analysisSteps');
    expect(steps.filter((s) => s.method === 'stc').map((s) => [s.step, s.state])).toEqual([
      [1, 'done'],
      [2, 'done'],
      [3, 'done'],
      [4, 'in-progress'],
    ]);
    expect(steps.filter((s) => s.method === 'thematic').map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    const read = new Set(rows<ReadMark>('readMarks').map((r) => r.sourceId));
    for (const unit of rows<MeaningUnit>('meaningUnits')) expect(read.has(unit.sourceId)).toBe(true);
  });
});

describe('the demo project’s worked thematic example (focus group)', () => {
  it('has two main themes with one or two subthemes each, defined, holding boundary-work codes, placed apart, with one link', () => {
    const themes = rows<Theme>('themes');
    const main = themes.filter((t) => t.parentId === null);
    expect(main).toHaveLength(2);
    for (const theme of main) {
      const subs = themes.filter((t) => t.parentId === theme.id);
      expect(subs.length).toBeGreaterThanOrEqual(1);
      expect(subs.length).toBeLessThanOrEqual(2);
    }
    for (const theme of themes) expect(theme.definition.length).toBeGreaterThan(20);
    expect(new Set(themes.map((t) => `${t.x},${t.y}`)).size).toBe(themes.length);
    const known = new Set(codeIds.values());
    const themeCodes = rows<ThemeCode>('themeCodes');
    expect(themeCodes.length).toBeGreaterThanOrEqual(themes.length);
    for (const tc of themeCodes) expect(known.has(tc.codeId)).toBe(true);
    const links = rows<ThemeLink>('themeLinks');
    expect(links).toHaveLength(1);
    expect(main.map((t) => t.id).sort()).toEqual([links[0]!.fromId, links[0]!.toId].sort());
  });

  it('quotes the focus group verbatim', () => {
    const quotes = rows<ThemeQuote>('themeQuotes');
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const quote of quotes) {
      expect(texts.get(quote.sourceId)!.startsWith('Fokusgruppe')).toBe(true);
      expect(slice(quote)).toMatch(/^[A-ZÆØÅ].*\.$/);
    }
  });
});

describe('the CLI’s demo project carries the example', () => {
  it('loadDemoProject returns the analysis rows with ids pointing at its own sources and codes', async () => {
    const demo = await loadDemoProject('nb');
    const sourceIds = new Set(demo.sources.map((s) => s.id));
    const codeIdsHere = new Set(demo.codes.map((c) => c.id));
    expect(demo.analysis.goldenQuotes?.length).toBeGreaterThan(0);
    for (const row of demo.analysis.meaningUnits ?? []) expect(sourceIds.has(String(row.sourceId))).toBe(true);
    for (const row of demo.analysis.themeCodes ?? []) expect(codeIdsHere.has(String(row.codeId))).toBe(true);
  });
});
