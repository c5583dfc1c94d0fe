import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { backupTables } from '../../../shared/backup/format';
import { latestSchemaVersion } from '../../../shared/migrations';
import type { ReportTables } from '../../../shared/reports';
import { reportTables } from '../reports/report-fixture';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/**
 * Checks the SVG is well-formed XML as far as tags go (every tag closed in order, only the five
 * XML entities, no stray "<" in text) and counts its elements by name.
 */
function elements(svg: string): Map<string, number> {
  const counts = new Map<string, number>();
  const open: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const match of svg.matchAll(tag)) {
    const text = svg.slice(last, match.index);
    expect(text).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos);)/);
    last = match.index + match[0].length;
    const [, closing, name, , selfClosing] = match;
    if (closing) expect(open.pop()).toBe(name);
    else {
      counts.set(name!, (counts.get(name!) ?? 0) + 1);
      if (!selfClosing) open.push(name!);
    }
  }
  expect(svg.slice(last).trim()).toBe('');
  expect(open).toEqual([]);
  return counts;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodebok-chart-'));
});

describe('cli chart on the demo project', () => {
  it.each([
    // frequencies: one group per code in the boundary-work codebook (21 codes), three marks each.
    ['frequencies', 21],
    ['cooccurrence', 0],
    ['matrix', 0],
    // strategies: one group per response type (3) and strategy (2), all coded in the demo, and per
    // non-empty strategy segment of the four positions (2 + 1 + 2 + 1).
    ['strategies', 11],
    // delays: one group per strategy row, all five strategies and "none" in the demo.
    ['delays', 6],
    // codeline: one group per demo source (69), the 47 coded sequences and the uncoded rest.
    ['codeline', 69],
  ] as const)('%s writes an SVG that parses, with its marks, and a CSV', async (kind, groups) => {
    const out = join(dir, `${kind}.svg`);
    const csv = join(dir, `${kind}.csv`);
    const result = await cli('chart', kind, '--out', out, '--csv', csv);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const svg = await readFile(out, 'utf8');
    const counts = elements(svg);
    expect(counts.get('svg')).toBe(1);
    expect(counts.get('rect')!).toBeGreaterThan(10);
    const table = await readFile(csv, 'utf8');
    const dataRows = table.trimEnd().split('\r\n').slice(1);
    // One focusable group per code (frequencies) or per non-zero cell (heatmaps).
    const expected = groups > 0 ? groups : kind === 'cooccurrence' ? dataRows.length : dataRows.flatMap((r) => r.split(';').slice(1, -1).filter((n) => n !== '0')).length;
    expect(expected).toBeGreaterThan(0);
    expect(svg.match(/<g role="group"/g)).toHaveLength(expected);
    expect(table.startsWith('\uFEFF')).toBe(true);
    expect(table.split('\r\n').length).toBeGreaterThan(2);
    expect(table.split('\r\n')[0]).toContain(';');
  }, 30_000);

  it('labels in the chosen language and writes the same bytes twice', async () => {
    const a = join(dir, 'en-a.svg');
    const b = join(dir, 'en-b.svg');
    expect((await cli('chart', 'frequencies', '--lang', 'en', '--out', a)).code).toBe(0);
    expect((await cli('chart', 'frequencies', '--lang', 'en', '--out', b)).code).toBe(0);
    const svg = await readFile(a, 'utf8');
    expect(svg).toContain('<title id="chart-title">Code frequencies</title>');
    expect(await readFile(b, 'utf8')).toBe(svg);
    const nn = join(dir, 'nn.svg');
    expect((await cli('chart', 'cooccurrence', '--lang', 'nn', '--mode', 'message', '--out', nn)).code).toBe(0);
    expect(await readFile(nn, 'utf8')).toContain('Samførekomst av kodar');
  }, 30_000);

  it('strategies shows the study’s sequences per response type and strategy', async () => {
    const out = join(dir, 'strategies-en.svg');
    const csv = join(dir, 'strategies-en.csv');
    expect((await cli('chart', 'strategies', '--lang', 'en', '--out', out, '--csv', csv)).code).toBe(0);
    const rows = (await readFile(csv, 'utf8')).replace('\uFEFF', '').trimEnd().split('\r\n');
    // The published table (METHODS.md): 3 + 13 + 31 = 47 sequences; 10 clear and 23 ambiguous.
    expect(rows.slice(1)).toEqual([
      'Response type,No written response,3,6',
      'Response type,Help without boundary work,13,28',
      'Response type,Boundary work,31,66',
      'Boundary-work strategy,Clear,10,30',
      'Boundary-work strategy,Ambiguous,23,70',
      // The demo codes the caseworker's position (footing) too: a strategy bar per position.
      'Strategy · Bureaucratic,Clear,8,26',
      'Strategy · Bureaucratic,Ambiguous,23,74',
      'Strategy · Pedagogical,Clear,0,0',
      'Strategy · Pedagogical,Ambiguous,6,100',
      'Strategy · Helper,Clear,2,20',
      'Strategy · Helper,Ambiguous,8,80',
      'Strategy · Motivator,Clear,3,100',
      'Strategy · Motivator,Ambiguous,0,0',
    ]);
    expect(await readFile(out, 'utf8')).toContain('aria-label="Response type – Boundary work: 31 of 47 (66%)"');
  }, 30_000);

  it('stc-flow draws the demo’s worked STC example as a Sankey', async () => {
    const out = join(dir, 'stc-flow-nb.svg');
    const csv = join(dir, 'stc-flow-nb.csv');
    const result = await cli('chart', 'stc-flow', '--out', out, '--csv', csv);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const svg = await readFile(out, 'utf8');
    expect(elements(svg).get('path')!).toBeGreaterThan(3);
    expect(svg).toContain('Gullsitat tatt');
    expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toBe('\uFEFFFra;Til;Meningsenheter');
  }, 30_000);

  it('delays draws the demo’s caseworker replies against the 48-hour deadline', async () => {
    const out = join(dir, 'delays-nn.svg');
    expect((await cli('chart', 'delays', '--lang', 'nn', '--out', out)).code).toBe(0);
    const svg = await readFile(out, 'utf8');
    expect(svg).toContain('<title>Frist 48 t</title>');
    // Some replies in the demo came after the deadline, most within it.
    expect(svg).toMatch(/aria-label="Grensearbeid: innanfor \d+ · over [1-9]\d* · uviss \d+"/);
    expect(elements(svg).get('circle')!).toBeGreaterThan(50);
  }, 30_000);
});

/** A complete project backup (as File > Back up now writes it) from the report fixture, with other codings. */
type Span = { sourceId: string; start: number; end: number };
async function backupWith(name: string, codings: (fixture: { messages: Span[]; codings: object[] }) => object[]): Promise<string> {
  const rows: ReportTables = reportTables();
  rows.codings = codings({ messages: (rows.messages ?? []) as Span[], codings: [...(rows.codings ?? [])] });
  const tables = Object.fromEntries(backupTables.map((t) => [t, rows[t] ?? []]));
  const file = join(dir, name);
  const project = { id: 'p1', name: 'Veiledning i digitale dialoger', createdAt: '', updatedAt: '' };
  await writeFile(
    file,
    JSON.stringify({ format: 'kodebok-project-backup', schemaVersion: latestSchemaVersion, appVersion: '0.1.0', exportedAt: '', project, tables }),
  );
  return file;
}

describe('cli chart on a project backup', () => {
  it('counts co-occurrence in the same message from the backup’s messages', async () => {
    // Two codings in the first message of s1 that do not overlap.
    const file = await backupWith('liten.kodebok.json', (rows) => {
      const first = rows.messages.find((m) => m.sourceId === 's1')!;
      const [template] = rows.codings;
      expect(first.end - first.start).toBeGreaterThan(8);
      return [
        { ...template!, id: 'x1', sourceId: 's1', codeId: 'c-clear', start: first.start, end: first.start + 3 },
        { ...template!, id: 'x2', sourceId: 's1', codeId: 'c-channel', start: first.start + 5, end: first.start + 8 },
      ];
    });
    const overlap = await cli('chart', 'cooccurrence', file, '--out', join(dir, 'o.svg'), '--csv', join(dir, 'o.csv'), '--lang', 'en');
    expect(overlap.code).toBe(0);
    expect(await readFile(join(dir, 'o.csv'), 'utf8')).not.toContain('Grensearbeid/Tydelig,Kanal');
    const byMessage = await cli('chart', 'cooccurrence', file, '--mode', 'message', '--out', join(dir, 'm.svg'), '--csv', join(dir, 'm.csv'), '--lang', 'en');
    expect(byMessage.stderr).toBe('');
    expect(await readFile(join(dir, 'm.csv'), 'utf8')).toContain('Grensearbeid/Tydelig,Kanal,1\r\n');
  });
  it('places codings along each source’s text in the codeline', async () => {
    // One coding ending where the text ends: it is at the very end, not past a guessed length.
    let length = 0;
    const file = await backupWith('linje.kodebok.json', (rows) => {
      const last = rows.messages.filter((m) => m.sourceId === 's1').at(-1)!;
      length = last.end;
      return [{ ...rows.codings[0]!, id: 'y1', sourceId: 's1', codeId: 'c-clear', start: last.end - 2, end: last.end }];
    });
    const result = await cli('chart', 'codeline', file, '--out', join(dir, 'l.svg'), '--csv', join(dir, 'l.csv'), '--lang', 'en');
    expect(result.stderr).toBe('');
    const row = (await readFile(join(dir, 'l.csv'), 'utf8')).trimEnd().split('\r\n')[1]!;
    expect(row).toMatch(new RegExp(`,${length - 2},${length},(99|100)$`));
  });
});

describe('cli chart refuses', () => {
  it('frequencies --fold hides a code’s sub-codes and says so; an unknown code exits 1 with one line', async () => {
    const out = join(dir, 'folded.svg');
    expect((await cli('chart', 'frequencies', '--fold', 'Respons', '--fold', 'Posisjon', '--out', out)).code).toBe(0);
    const svg = await readFile(out, 'utf8');
    // 21 codes less Respons' 3 response types and Posisjon's 4 positions.
    expect(svg.match(/<g role="group"/g)).toHaveLength(14);
    expect(svg).toContain('aria-label="Respons: kodinger 47, kilder 47 (underkodene er skjult)"');
    expect(svg).toContain('Underkodene til Respons, Posisjon er skjult');
    const wrong = await cli('chart', 'frequencies', '--fold', 'Finnes ikke', '--out', out);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('no code "Finnes ikke" to fold');
  }, 30_000);

  it('an unknown chart with exit 1 and the list of charts on one line', async () => {
    const result = await cli('chart', 'pie', '--out', join(dir, 'pie.svg'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('chart: unknown chart "pie"; the charts are: frequencies, cooccurrence, matrix, strategies, delays, codeline, stc-flow.\n');
    await expect(stat(join(dir, 'pie.svg'))).rejects.toThrow();
  });

  it('a project with no codings with exit 1 and one line, writing nothing', async () => {
    const file = await backupWith('tom.kodebok.json', () => []);
    const out = join(dir, 'tom.svg');
    const result = await cli('chart', 'matrix', file, '--out', out, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${file}: no data for the matrix chart: Nothing is coded yet: code some text to see this chart.\n`);
    await expect(stat(out)).rejects.toThrow();
  });

  it.each([
    [['chart'], /name a chart/],
    [['chart', 'frequencies'], /--out FILE.svg is required/],
    [['chart', 'frequencies', '--out', 'x.svg', '--lang', 'de'], /--lang must be one of nb, nn, en/],
    [['chart', 'cooccurrence', '--out', 'x.svg', '--mode', 'turn'], /--mode must be one of/],
    [['chart', 'frequencies', 'a.json', 'b.json', '--out', 'x.svg'], /at most one project backup/],
    [['chart', 'frequencies', '--out', 'x.svg', '--colour', 'red'], /Unknown option/],
  ])('wrong usage %j with exit 2', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('cli chart filters', () => {
  /** The fixture with roles, two coders and a Gruppe attribute: s1 in group A, s2 in group B. */
  async function filteredBackup(): Promise<string> {
    const rows: ReportTables = reportTables();
    const messages = (rows.messages ?? []) as (Span & { speaker: string; role: string })[];
    rows.messages = messages.map((m) => ({ ...m, role: m.speaker === 'Intervjuer' ? 'interviewer' : 'caseworker' }));
    const at = { projectId: 'p1', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' };
    rows.coders = [
      { ...at, id: 'coder-1', name: 'Kari Nordmann', color: '#0072b2' },
      { ...at, id: 'coder-2', name: 'Ola Hansen', color: '#e69f00' },
    ];
    rows.attributes = [{ ...at, id: 'a-grp', name: 'Gruppe', type: 'choice', choices: ['A', 'B'], order: 0 }];
    rows.sources = (rows.sources as { id: string }[]).map((s) => ({ ...s, attributes: s.id === 's1' ? { 'a-grp': 'A' } : s.id === 's2' ? { 'a-grp': 'B' } : {} }));
    const [template] = (rows.codings ?? []) as (Span & { id: string })[];
    const question = messages.find((m) => m.sourceId === 's1' && m.speaker === 'Intervjuer')!;
    const answer = messages.find((m) => m.sourceId === 's1' && m.speaker === 'Kari')!;
    const other = messages.find((m) => m.sourceId === 's2')!;
    rows.codings = [
      { ...template, id: 'f1', sourceId: 's1', codeId: 'c-clear', coderId: 'coder-1', start: answer.start, end: answer.start + 5 },
      { ...template, id: 'f2', sourceId: 's1', codeId: 'c-channel', coderId: 'coder-2', start: question.start, end: question.start + 5 },
      { ...template, id: 'f3', sourceId: 's2', codeId: 'c-clear', coderId: 'coder-2', start: other.start, end: other.start + 5 },
    ];
    const tables = Object.fromEntries(backupTables.map((t) => [t, rows[t] ?? []]));
    const file = join(dir, 'filtre.kodebok.json');
    const project = { id: 'p1', name: 'Veiledning i digitale dialoger', createdAt: '', updatedAt: '' };
    await writeFile(file, JSON.stringify({ format: 'kodebok-project-backup', schemaVersion: latestSchemaVersion, appVersion: '0.1.0', exportedAt: '', project, tables }));
    return file;
  }
  /** The matrix CSV's data rows as "source,total" (English: "," between fields). */
  async function matrix(file: string, ...filters: string[]): Promise<{ code: number; stderr: string; rows: string[]; title: string }> {
    const out = join(dir, 'filtered.svg');
    const csv = join(dir, 'filtered.csv');
    const result = await cli('chart', 'matrix', file, '--out', out, '--csv', csv, '--lang', 'en', ...filters);
    if (result.code !== 0) return { ...result, rows: [], title: '' };
    const lines = (await readFile(csv, 'utf8')).replace('\uFEFF', '').trimEnd().split('\r\n').slice(1);
    const title = /<title id="chart-title">([^<]*)<\/title>/.exec(await readFile(out, 'utf8'))![1]!;
    return { ...result, rows: lines.map((l) => `${l.split(',')[0]},${l.split(',').at(-1)}`), title };
  }

  it('counts only the codings that pass --role, --coder and --attribute, and says so in the title', async () => {
    const file = await filteredBackup();
    const all = await matrix(file);
    expect(all.rows).toEqual(['Intervju 1 – veileder,2', 'Intervju 2 – veileder,1', 'Notat <b>3</b>,0']);
    expect(all.title).toBe('Sources by code');

    const caseworker = await matrix(file, '--role', 'caseworker');
    expect(caseworker.stderr).toBe('');
    expect(caseworker.rows).toEqual(['Intervju 1 – veileder,1', 'Intervju 2 – veileder,1', 'Notat <b>3</b>,0']);
    expect(caseworker.title).toBe('Sources by code (filtered: role = Caseworker)');

    const ola = await matrix(file, '--coder', 'ola hansen');
    expect(ola.rows).toEqual(['Intervju 1 – veileder,1', 'Intervju 2 – veileder,1', 'Notat <b>3</b>,0']);
    expect(ola.title).toBe('Sources by code (filtered: coded by Ola Hansen)');

    const groupA = await matrix(file, '--attribute', 'Gruppe=A', '--coder', 'Kari Nordmann');
    expect(groupA.rows).toEqual(['Intervju 1 – veileder,1']);
    expect(groupA.title).toBe('Sources by code (filtered: coded by Kari Nordmann; Gruppe = A)');

    // Two values of one filter are alternatives; the note without the attribute passes neither.
    expect((await matrix(file, '--attribute', 'Gruppe=A', '--attribute', 'Gruppe=B')).rows).toHaveLength(2);
  });

  it.each([
    [['--coder', 'Per'], 1, 'no coder "Per"; the coders are: Kari Nordmann, Ola Hansen.'],
    [['--attribute', 'Alder=30'], 1, 'no attribute "Alder"; the attributes are: Gruppe.'],
    [['--role', 'sjef'], 1, 'chart: unknown role "sjef"; the roles are: user, caseworker, interviewer, participant, moderator, unknown.'],
    [['--attribute', 'Gruppe'], 2, '--attribute takes NAME=VALUE'],
    [['--role', 'moderator'], 1, 'no data for the matrix chart with these filters: No coding passes the filters'],
  ] as const)('refuses %j with exit %i and one line', async (filters, code, message) => {
    const file = await filteredBackup();
    const result = await matrix(file, ...filters);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses filters on stc-flow, which counts meaning units, as wrong usage', async () => {
    const result = await cli('chart', 'stc-flow', '--out', join(dir, 'stc.svg'), '--role', 'caseworker');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/do not apply to stc-flow/);
  });
});
