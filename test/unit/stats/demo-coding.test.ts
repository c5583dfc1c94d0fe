import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemoProject, sampleDataFolder } from '../../../cli/demo-project';
import { codeDemoSequences, parseCodingKey, type CodingKey } from '../../../shared/demo/demo-coding';
import { codeCounts } from '../../../shared/stats';

const thread1 = 'Bruker: Kan jeg få nødhjelp?\n\nVeileder: Nei, ring kontoret. Søk her: https://nav.no\n\nBruker: Ok.';
const thread12 = 'Bruker: Har dere fått søknaden?\n\nVeileder: Ja, den er mottatt.';
const messages1 = [
  { role: 'user' as const, start: 8, end: thread1.indexOf('?') + 1 },
  { role: 'caseworker' as const, start: thread1.indexOf('Nei'), end: thread1.indexOf('nav.no') + 6 },
  { role: 'user' as const, start: thread1.lastIndexOf('Ok'), end: thread1.length },
];
const messages12 = [
  { role: 'user' as const, start: 8, end: thread12.indexOf('?') + 1 },
  { role: 'caseworker' as const, start: thread12.indexOf('Ja'), end: thread12.length },
];
const sources = [
  { title: 'Dialog 12: Søknad', text: thread12, messages: messages12 },
  { title: 'Dialog 1: Nødhjelp', text: thread1, messages: messages1 },
];

function key(sequences: CodingKey['sequences']): CodingKey {
  return { source: 'x.txt', sequences };
}

describe('codeDemoSequences', () => {
  it('codes the response on the whole thread, strategies on their quotes, positions on caseworker messages', () => {
    const codings = codeDemoSequences(
      key([
        {
          thread: 'Dialog 1',
          response: 'boundary-work',
          strategies: [
            { code: 'explicit-referral', quote: 'Nei, ring kontoret.' },
            { code: 'link-sending', quote: 'Søk her: https://nav.no' },
          ],
          position: ['bureaucratic', 'helper'],
        },
      ]),
      sources,
    );
    const text = (c: { start: number; end: number }) => thread1.slice(c.start, c.end);
    expect(codings.map((c) => [c.sourceTitle, c.codeKey, text(c)])).toEqual([
      ['Dialog 1: Nødhjelp', 'boundary-work', thread1.slice(8)],
      ['Dialog 1: Nødhjelp', 'explicit-referral', 'Nei, ring kontoret.'],
      ['Dialog 1: Nødhjelp', 'link-sending', 'Søk her: https://nav.no'],
      ['Dialog 1: Nødhjelp', 'bureaucratic', 'Nei, ring kontoret. Søk her: https://nav.no'],
      ['Dialog 1: Nødhjelp', 'helper', 'Nei, ring kontoret. Søk her: https://nav.no'],
    ]);
  });

  it('finds "Dialog 1" in its own thread, not in "Dialog 12"', () => {
    const codings = codeDemoSequences(
      key([{ thread: 'Dialog 1', response: 'help-without-boundary-work', strategies: [], position: [], quote: 'x' }]),
      sources,
    );
    expect(codings).toEqual([
      { sourceTitle: 'Dialog 1: Nødhjelp', codeKey: 'help-without-boundary-work', start: 8, end: thread1.length },
    ]);
  });

  it('gives threads without a social-assistance matter no codes at all', () => {
    expect(
      codeDemoSequences(key([{ thread: 'Dialog 12', response: null, strategies: [], position: ['helper'] }]), sources),
    ).toEqual([]);
  });

  it('says which thread and quote it cannot find', () => {
    expect(() =>
      codeDemoSequences(
        key([
          {
            thread: 'Dialog 12',
            response: 'boundary-work',
            strategies: [{ code: 'stretch', quote: 'Finnes ikke' }],
            position: [],
          },
        ]),
        sources,
      ),
    ).toThrow('"Dialog 12": the quote for stretch is not in the source text: "Finnes ikke".');
    expect(() =>
      codeDemoSequences(
        key([{ thread: 'Dialog 3', response: 'boundary-work', strategies: [], position: [] }]),
        sources,
      ),
    ).toThrow('The coding key names "Dialog 3", but no source title starts with it.');
  });
});

describe('parseCodingKey', () => {
  it('reads the sample key: 52 threads', async () => {
    const json = JSON.parse(await readFile(join(sampleDataFolder, 'dialoger/boundary-work-key.json'), 'utf8'));
    const parsed = parseCodingKey(json);
    expect(parsed.source).toBe('aktivitetsplan-dialoger.txt');
    expect(parsed.sequences).toHaveLength(52);
  });

  it('names the problem in a broken key', () => {
    expect(() =>
      parseCodingKey({
        source: 'a.txt',
        sequences: [
          { thread: 'Dialog 1', response: 'boundary-work', strategies: [{ code: 'shout', quote: 'x' }], position: [] },
        ],
      }),
    ).toThrow(/sequences\[0\]\.strategies\[0\]\.code/);
  });
});

describe('the demo project reproduces the study’s counts', () => {
  it('3 no written response, 13 help, 31 boundary work; 10 clear and 23 ambiguous excerpts', async () => {
    const demo = await loadDemoProject('en');
    const counts = new Map(codeCounts(demo.codes, demo.codings).map((c) => [c.path, c]));
    const sourcesOf = (path: string) => counts.get(path)?.sources;
    expect(sourcesOf('Response')).toBe(47);
    expect(sourcesOf('Response/No written response')).toBe(3);
    expect(sourcesOf('Response/Help without boundary work')).toBe(13);
    expect(sourcesOf('Response/Boundary work')).toBe(31);
    expect(sourcesOf('Boundary work/Clear')).toBe(10);
    expect(sourcesOf('Boundary work/Ambiguous')).toBe(23);
    expect(counts.get('Boundary work/Ambiguous/Link sending')?.codings).toBe(10);
    // 10 + 23 = 33 excerpts in 31 sequences: two replies carry both kinds.
    expect(counts.get('Boundary work')).toMatchObject({ codings: 33, sources: 31 });
  }, 30_000);

  it('puts every strategy inside the boundary-work thread it belongs to', async () => {
    const demo = await loadDemoProject('nb');
    const byId = new Map(demo.codes.map((c) => [c.id, c]));
    const strategies = demo.codings.filter(
      (c) => byId.get(byId.get(c.codeId)!.parentId ?? '')?.parentId === 'code:boundary-work-strategies',
    );
    expect(strategies).toHaveLength(33);
    for (const s of strategies) {
      const response = demo.codings.find((c) => c.sourceId === s.sourceId && c.codeId === 'code:boundary-work');
      expect(response, s.sourceId).toBeDefined();
      expect(s.start).toBeGreaterThanOrEqual(response!.start);
      expect(s.end).toBeLessThanOrEqual(response!.end);
    }
  }, 30_000);
});
