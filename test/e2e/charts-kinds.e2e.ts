import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { screensDir, useApp } from './harness';

/**
 * Every chart kind on the demo project (issue #14): opened in Analysis ▸ Charts, exported as SVG
 * and PNG, the SVG parsed and its marks counted against what the demo holds — the published table
 * (3 / 13 / 31 of 47 sequences, 10 / 23 boundary-work strategies), the STC analysis (3 code groups,
 * 6 subgroups, 13 meaning units, 6 golden quotes), and the demo's codes, sources and codings.
 */

async function openDemoCharts(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
  await page.getByRole('link', { name: 'Diagrammer', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Diagrammer' }).count()).toBe(1);
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** What the parsed SVG holds: its size, the focusable marks' text alternatives, and shapes by kind. */
interface SvgCount {
  ok: boolean;
  width: number;
  height: number;
  /** aria-label of every focusable mark group (not the legend's list). */
  marks: string[];
  /** Shapes inside the focusable mark groups. */
  rects: number;
  circles: number;
  paths: number;
}

function countSvg(page: Page, svg: string): Promise<SvgCount> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const groups = [...doc.querySelectorAll('g[role="group"][aria-label]')];
    const inside = (selector: string) => groups.reduce((sum, g) => sum + g.querySelectorAll(selector).length, 0);
    return {
      ok: root.nodeName === 'svg' && doc.getElementsByTagName('parsererror').length === 0,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      marks: groups.map((g) => g.getAttribute('aria-label') ?? ''),
      rects: inside('rect'),
      circles: inside('circle'),
      paths: inside('path'),
    };
  }, svg);
}

/** The PNG's signature and its size from the IHDR chunk. */
function pngSize(bytes: Buffer): { signature: number[]; width: number; height: number } {
  return { signature: [...bytes.subarray(0, 8)], width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface Kind {
  link: string;
  hash: string;
  check(svg: SvgCount): void;
}

const kinds: Kind[] = [
  {
    link: 'Kodefrekvenser',
    hash: 'frequencies',
    // The demo's codebook: 21 codes, each a bar for codings and one for sources.
    check: (svg) => {
      expect(svg.marks).toHaveLength(21);
      expect(svg.rects).toBe(42);
      // Boundary work: 31 sequences, as published.
      expect(svg.marks).toContain('Respons/Grensearbeid: kodinger 31, kilder 31');
    },
  },
  {
    link: 'Samforekomst av koder',
    hash: 'cooccurrence',
    // One cell per pair of codes whose segments overlap somewhere, and the diagonal.
    check: (svg) => {
      expect(svg.marks).toHaveLength(73);
      expect(svg.rects).toBe(73);
    },
  },
  {
    link: 'Kilder etter kode',
    hash: 'matrix',
    // 69 sources × 21 codes, one cell per source and code with a coding.
    check: (svg) => {
      expect(svg.marks).toHaveLength(142);
      expect(svg.rects).toBe(142);
    },
  },
  {
    link: 'Responstyper og strategier for grensearbeid',
    hash: 'strategies',
    // The published table: 3 + 13 + 31 of 47 sequences; 10 clear and 23 ambiguous; then the
    // strategies per caseworker position the demo codes (segments with no sequence are not drawn).
    check: (svg) => {
      expect(svg.marks).toEqual([
        'Responstype – Ikke skriftlig svar: 3 av 47 (6 %)',
        'Responstype – Hjelp uten grensearbeid: 13 av 47 (28 %)',
        'Responstype – Grensearbeid: 31 av 47 (66 %)',
        'Strategi for grensearbeid – Tydelig: 10 av 33 (30 %)',
        'Strategi for grensearbeid – Tvetydig: 23 av 33 (70 %)',
        'Strategi · Byråkratisk – Tydelig: 8 av 31 (26 %)',
        'Strategi · Byråkratisk – Tvetydig: 23 av 31 (74 %)',
        'Strategi · Pedagogisk – Tvetydig: 6 av 6 (100 %)',
        'Strategi · Hjelper – Tydelig: 2 av 10 (20 %)',
        'Strategi · Hjelper – Tvetydig: 8 av 10 (80 %)',
        'Strategi · Motivator – Tydelig: 3 av 3 (100 %)',
      ]);
      expect(svg.rects).toBe(11);
    },
  },
  {
    link: 'Svartid etter responsstrategi',
    hash: 'delays',
    // A row per strategy with replies; each reply a dot (exact delay) or a bar (a range), once per strategy it carries.
    check: (svg) => {
      expect(svg.marks).toHaveLength(6);
      expect(svg.marks[0]).toBe('Ikke skriftlig svar: innen 2 · over 0 · usikker 0');
      expect(svg.marks[2]).toBe('Grensearbeid: innen 34 · over 5 · usikker 0');
      expect(svg.circles + svg.rects).toBe(107);
    },
  },
  {
    link: 'Kodinger gjennom hver kilde',
    hash: 'codeline',
    // A row per source (69) and a tick per coding (159).
    check: (svg) => {
      expect(svg.marks).toHaveLength(69);
      expect(svg.rects).toBe(159);
    },
  },
  {
    link: 'Fra kodegrupper til gullsitater',
    hash: 'stc-flow',
    // 3 code groups → 6 subgroups (6 links, 13 units) → quoted / not quoted (12 links, 6 units quoted).
    check: (svg) => {
      expect(svg.paths).toBe(18);
      const units = (pattern: RegExp) =>
        svg.marks.filter((m) => pattern.test(m)).reduce((sum, m) => sum + Number(/(\d+)$/.exec(m)![1]), 0);
      expect(units(/→ (?!Gullsitat tatt|Ikke gullsitat)/)).toBe(13);
      expect(units(/→ Gullsitat tatt,/)).toBe(6);
      expect(units(/→ Ikke gullsitat,/)).toBe(7);
    },
  },
];

describe('every chart kind', () => {
  const app = useApp();

  it('opens each chart of the demo, exports SVG and PNG, and the SVG holds the demo’s numbers', async () => {
    const { page } = app();
    // Tall enough for the tallest chart (69 sources in the matrix) to be screenshotted whole.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await openDemoCharts(page);

    for (const kind of kinds) {
      await page.getByRole('navigation', { name: 'Velg diagram' }).getByRole('link', { name: kind.link }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/analysis/charts/${kind.hash}`);
      await expect.poll(() => page.locator('svg.chart-view').getAttribute('aria-label')).toBe(kind.link);
      // The whole chart to look at, without the last export's toasts over it.
      mkdirSync(screensDir, { recursive: true });
      await page.locator('.charts-figure').screenshot({ path: `${screensDir}charts-kind-${kind.hash}.png`, style: '.toasts { display: none !important; }' });

      const svgFile = await download(page, 'Eksporter SVG');
      expect(svgFile.name).toBe(`${kind.link}.svg`);
      const svg = await countSvg(page, svgFile.bytes.toString('utf8'));
      expect(svg.ok).toBe(true);
      kind.check(svg);
      // What is on screen is what was exported: the same focusable marks.
      expect(await page.locator('svg.chart-view g.chart-mark[aria-label]').count()).toBe(svg.marks.length);

      const png = await download(page, 'Eksporter PNG');
      expect(png.name).toBe(`${kind.link}.png`);
      const size = pngSize(png.bytes);
      expect(size.signature).toEqual(pngSignature);
      // The picture is the chart, enlarged for print: at least as big, the same shape.
      expect(size.width).toBeGreaterThanOrEqual(svg.width);
      expect(size.height / size.width).toBeCloseTo(svg.height / svg.width, 2);
    }
  });

  it('shows every chart kind of a new, empty project as a readable message, with nothing to export', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Tom studie');
    await page.getByRole('button', { name: 'Opprett prosjekt' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    await page.getByRole('navigation', { name: 'Hovednavigasjon' }).getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('link', { name: 'Diagrammer', exact: true }).click();

    for (const kind of kinds) {
      await page.getByRole('navigation', { name: 'Velg diagram' }).getByRole('link', { name: kind.link }).click();
      await expect.poll(() => page.locator('svg.chart-view').getAttribute('aria-label')).toBe(kind.link);
      // The title and what to do, no marks to tab to, and the export buttons off.
      await expect.poll(() => page.locator('svg.chart-view').textContent()).toContain('Ingen koder ennå');
      expect(await page.locator('svg.chart-view g.chart-mark').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Eksporter SVG' }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Eksporter PNG' }).isDisabled()).toBe(true);
    }
    mkdirSync(screensDir, { recursive: true });
    await page.locator('.charts-figure').screenshot({ path: `${screensDir}charts-kind-empty.png` });
  });
});
