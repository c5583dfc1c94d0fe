/**
 * The four STC steps and the report export on a thesis-sized project (issue #13): 8 interviews of
 * about 25 pages, 1,500 meaning units in 24 code groups, 3 subgroups each with a condensate and two
 * golden quotes, an analytic text per group. Seeded into IndexedDB as the app stores them, then:
 *
 * - opening each step as the Analysis hub shows it (StcScreen: the tracker, the live STC rows, the
 *   step body — the reading list, the code groups and their units, the chosen group's subgroups or
 *   analytic text, the source texts, the trail beside) from mount to the first frame that shows the
 *   data (the sources to read, the units' words, the analytic text);
 * - the report: read the project, build it, print Markdown; and the same as a .docx.
 * No raw library does the same work, so there is no raw figure.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { AnalyticText, CodeGroup, GoldenQuote, MeaningUnit, Message, Placement, Project, Source, Subgroup } from '../../../shared/model';
import { stateFromPlainText } from '../../../shared/memos/content';
import { initI18n } from '../../../renderer/i18n';
import { AppContext, type AppServices } from '../../../renderer/services/AppContext';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { createProject } from '../../../renderer/store/repositories/projects';
import { reportActions } from '../../../renderer/store/actions/reports';
import { ToastProvider } from '../../../renderer/ui/Toasts';
import { StcScreen } from '../../../renderer/features/stc/StcScreen';
import { reportFile } from '../../../renderer/features/reports/report-file';
import type { BenchRow } from '../row';
import { syntheticTranscript } from './synthetic-transcript';

const now = '2026-01-01T00:00:00.000Z';
const interviews = 8;
const pageChars = 3_000;
const pages = 25;
const unitCount = 1_500;
const groupCount = 24;
const subgroupsPerGroup = 3;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
async function until(check: () => boolean, frames = 600): Promise<number> {
  for (let i = 0; i < frames; i++) {
    const at = await frame();
    if (check()) return at;
  }
  throw new Error('the bench waited too long for the STC step');
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function condensateText(i: number): string {
  return `Jeg opplever at ${i % 2 ? 'fristen' : 'lenken'} styrer hvordan jeg svarer, og at det som skjer i de små meldingene ikke synes. Når noen spør om penger, sender jeg dem videre, selv om jeg vet at de kommer tilbake til meg.`;
}

/** A fresh database holding the project as a thesis would leave it after step 3 and most of step 4. */
async function seed(): Promise<{ db: KodebokDb; projectId: string; chars: number }> {
  const db = createDatabase(`bench-stc-${Date.now()}`);
  await db.open();
  const project = await createProject(db, { name: 'Masteroppgave' });
  const projectId = project.id;
  const sources: Source[] = [];
  const texts: { sourceId: string; projectId: string; text: string }[] = [];
  const messages: Message[] = [];
  for (let s = 0; s < interviews; s++) {
    const id = `src${s}`;
    const { text, messages: turns } = syntheticTranscript(pageChars * pages, 100 + s);
    sources.push({
      id,
      projectId,
      title: `Intervju ${s + 1}`,
      kind: 'interview',
      origin: { fileName: `intervju-${s + 1}.txt`, format: 'transcript-txt', encoding: 'UTF-8', lineEndings: 'lf', sha256: '', sizeBytes: text.length, importedAt: now, anonymisation: [] },
      length: text.length,
      preamble: null,
      attributes: {},
      order: s,
      createdAt: now,
      updatedAt: now,
    } as Source);
    texts.push({ sourceId: id, projectId, text });
    messages.push(...turns.map((m) => ({ ...m, id: `${id}-${m.id}`, sourceId: id, projectId })));
  }
  // Meaning units: a sentence-sized stretch of an interviewee's turn, spread over the interviews.
  const answers = messages.filter((m) => m.speaker === 'IP');
  const units: MeaningUnit[] = Array.from({ length: unitCount }, (_, i) => {
    const m = answers[Math.floor((i * answers.length) / unitCount)]!;
    const end = Math.min(m.end, m.start + 120 + (i % 5) * 40);
    return { id: `mu${i}`, projectId, sourceId: m.sourceId, start: m.start, end, codingId: null, authorId: 'a', createdAt: now, updatedAt: now };
  });
  const groups: CodeGroup[] = Array.from({ length: groupCount }, (_, g) => ({
    id: `cg${g}`,
    projectId,
    name: `Kodegruppe ${g + 1}`,
    order: g,
    themeIds: [],
    authorId: 'a',
    createdAt: now,
    updatedAt: now,
  }));
  const subgroups: Subgroup[] = groups.flatMap((g, gi) =>
    Array.from({ length: subgroupsPerGroup }, (_, k) => {
      const plainText = condensateText(gi + k);
      return { id: `${g.id}-sg${k}`, projectId, codeGroupId: g.id, name: `Subgruppe ${k + 1}`, order: k, content: stateFromPlainText(plainText), plainText, authorId: 'a', createdAt: now, updatedAt: now };
    }),
  );
  // Each unit in one group (and every tenth in a second), four in five sorted into a subgroup.
  const placements: Placement[] = units.flatMap((u, i) => {
    const g = i % groupCount;
    const sub = i % 5 === 4 ? null : `cg${g}-sg${i % subgroupsPerGroup}`;
    const first = { id: `pl${i}`, projectId, meaningUnitId: u.id, codeGroupId: `cg${g}`, subgroupId: sub, createdAt: now, updatedAt: now };
    return i % 10 === 0 ? [first, { ...first, id: `pl${i}b`, codeGroupId: `cg${(g + 1) % groupCount}`, subgroupId: null }] : [first];
  });
  const quotes: GoldenQuote[] = subgroups.flatMap((s) =>
    placements
      .filter((p) => p.subgroupId === s.id)
      .slice(0, 2)
      .map((p, order) => {
        const u = units.find((x) => x.id === p.meaningUnitId)!;
        return { id: `gq-${s.id}-${order}`, projectId, subgroupId: s.id, meaningUnitId: u.id, sourceId: u.sourceId, start: u.start, end: u.end, order, authorId: 'a', createdAt: now, updatedAt: now };
      }),
  );
  const analyticTexts: AnalyticText[] = groups.map((g, gi) => {
    const plainText = `${condensateText(gi)} ${condensateText(gi + 1)}`;
    return {
      id: `at${gi}`,
      projectId,
      codeGroupId: g.id,
      heading: `Funn ${gi + 1}`,
      content: stateFromPlainText(plainText),
      plainText,
      theory: 'Grensearbeid (Gieryn).',
      recontextualised: sources.slice(0, gi % interviews).map((s) => s.id),
      authorId: 'a',
      createdAt: now,
      updatedAt: now,
    };
  });
  await db.transaction('rw', [db.sources, db.sourceTexts, db.messages, db.meaningUnits, db.codeGroups, db.subgroups, db.placements, db.goldenQuotes, db.analyticTexts], async () => {
    await db.sources.bulkAdd(sources);
    await db.sourceTexts.bulkAdd(texts);
    await db.messages.bulkAdd(messages);
    await db.meaningUnits.bulkAdd(units);
    await db.codeGroups.bulkAdd(groups);
    await db.subgroups.bulkAdd(subgroups);
    await db.placements.bulkAdd(placements);
    await db.goldenQuotes.bulkAdd(quotes);
    await db.analyticTexts.bulkAdd(analyticTexts);
  });
  return { db, projectId, chars: texts.reduce((n, t) => n + t.text.length, 0) };
}

function services(): AppServices {
  return {
    bridge: null as never,
    settings: { snapToWords: false } as AppServices['settings'],
    updateSetting: async () => undefined,
    reportError: (error) => console.error(error),
  };
}

type StepNumber = 1 | 2 | 3 | 4;

/** What shows that a step is on the screen with its data, not just its frame. */
const shownWithData: Record<StepNumber, (host: HTMLElement) => boolean> = {
  // Step 1: the sources to read, each with its read mark.
  1: (host) => host.querySelectorAll('.stc-reading tbody tr').length === interviews,
  // Step 2: the code groups' meaning units in words (the source texts read).
  2: (host) => host.querySelector('.stc-unit-text')?.textContent?.trim() !== '' && host.querySelector('.stc-unit-text') !== null,
  3: (host) => host.querySelector('.stc-unit-text')?.textContent?.startsWith('…') === false && host.querySelector('.stc-trail .stc-passage-text') !== null,
  4: (host) => (host.querySelector('.stc-analytic .memo-content')?.textContent ?? '').length > 0 && host.querySelector('.stc-synthesis-side blockquote')?.textContent !== '…',
};

/** From mount of the STC screen, as the Analysis hub shows it, to the first frame that shows the step with its data. */
async function openStep(db: KodebokDb, i18n: i18n, project: Project, step: StepNumber): Promise<number> {
  const host = document.createElement('div');
  host.style.width = '1100px';
  document.body.append(host);
  const start = performance.now();
  const root = createRoot(host);
  const body = createElement(ToastProvider, { dismissLabel: 'x', children: createElement(StcScreen, { project, step }) });
  const app = createElement(AppContext.Provider, { value: services() }, body);
  root.render(createElement(I18nextProvider, { i18n }, createElement(StoreProvider, { db, children: app })));
  const painted = await until(() => shownWithData[step](host));
  flushSync(() => root.unmount());
  host.remove();
  return painted - start;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function benchStc(log: (line: string) => void): Promise<BenchRow[]> {
  const { db, projectId, chars } = await seed();
  const i18n = await initI18n('nb');
  log(`STC: ${interviews} interviews (${(chars / 1000).toFixed(0)}k characters), ${unitCount} meaning units, ${groupCount} code groups`);
  const label = `(${unitCount.toLocaleString('en')} meaning units, ${groupCount} code groups)`;
  const rows: BenchRow[] = [];
  const project = (await db.projects.get(projectId))!;
  for (const step of [1, 2, 3, 4] as const) {
    await openStep(db, i18n, project, step); // warm-up: JIT, IndexedDB, the editor's first mount
    const times: number[] = [];
    const profiling = new URLSearchParams(location.search).has('profile');
    for (let i = 0; i < 5; i++) {
      if (profiling && i === 2) console.profile(`open STC step ${step}`);
      times.push(await openStep(db, i18n, project, step));
      if (profiling && i === 2) console.profileEnd(`open STC step ${step}`);
    }
    rows.push({ name: `open STC step ${step} ${label}`, ms: median(times), target: '< 300 ms', note: `5 runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms` });
  }
  const reports = reportActions(db);
  for (const format of ['md', 'docx'] as const) {
    await reportFile(reports, projectId, 'stc', 'nb', format);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 3; i++) {
      times.push(
        await timed(async () => {
          const data = await reportFile(reports, projectId, 'stc', 'nb', format);
          size = typeof data === 'string' ? data.length : data.byteLength;
        }),
      );
    }
    rows.push({
      name: `export STC report as .${format} ${label}`,
      ms: median(times),
      target: '< 2000 ms',
      note: `read, build and print; ${(size / 1000).toFixed(0)} k${format === 'md' ? 'characters' : 'B'}; 3 runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
    });
  }
  db.close();
  return rows;
}
