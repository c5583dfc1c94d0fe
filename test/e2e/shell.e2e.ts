import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

const mainScreens = [
  { hash: 'projects', nb: 'Prosjekter', en: 'Projects' },
  { hash: 'sources', nb: 'Kilder', en: 'Sources' },
  { hash: 'codebook', nb: 'Kodebok', en: 'Codebook' },
  { hash: 'analysis', nb: 'Analyse', en: 'Analysis' },
  { hash: 'review', nb: 'Gjennomgang', en: 'Review' },
];

describe('app shell', () => {
  const app = useApp();

  it('switches language and keeps the choice after a reload', async () => {
    const { page } = app();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Prosjekter');
    await page.getByLabel('Språk').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Projects');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.waitForSelector('.shell');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Projects');
    await page.getByLabel('Language').selectOption('nn');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Prosjekt');
  });

  it('reaches every sidebar item with the keyboard alone', async () => {
    const { page } = app();
    const reached: string[] = [];
    for (let i = 0; i < 40 && reached.length < mainScreens.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains('nav-link') ? el.textContent : null;
      });
      if (focused && !reached.includes(focused)) {
        reached.push(focused);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(focused);
      }
    }
    expect(reached).toEqual(mainScreens.map((s) => s.nb));
  });

  it('jumps between screens with Alt+number and shows a visible focus ring', async () => {
    const { page } = app();
    await page.keyboard.press('Alt+3');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kodebok');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('has no serious or critical accessibility violations on any main screen, light and dark', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Tilgjengelighet');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Tema').selectOption(theme);
      for (const screen of mainScreens) {
        await page.evaluate((h) => (window.location.hash = `#/${h}`), screen.hash);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(screen.nb);
        const violations = await seriousAccessibilityViolations(page);
        expect(violations, `${screen.hash} (${theme})`).toEqual([]);
        await screenshot(page, `${screen.hash}-${theme}`);
      }
    }
  });
});

describe('first start', () => {
  const app = useApp({ skipWelcome: false });

  it('offers the demo project once, and not again after it was answered', async () => {
    const { page } = app();
    const dialog = page.getByRole('dialog', { name: 'Velkommen til Kodebok' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await screenshot(page, 'first-start');
    await dialog.getByRole('button', { name: 'Åpne demoprosjektet' }).click();
    await expect.poll(() => page.locator('.current-project-name').textContent()).toContain('Demo');
    // Built from sample-data/: 52 activity-plan threads and the other sample files.
    await expect.poll(() => page.locator('.source-table tbody tr').count()).toBeGreaterThan(60);
    expect(await page.locator('.source-table').textContent()).toContain('Dialog 1: Spørsmål om sosialhjelp');
    // Dialog 1 has four messages (two from the user, two from the caseworker).
    const first = page.locator('.source-table tbody tr', { hasText: 'Dialog 1: Spørsmål om sosialhjelp' });
    await expect.poll(() => first.locator('td').nth(1).textContent()).toBe('4');
    await screenshot(page, 'demo-sources');
    await page.reload();
    await page.waitForSelector('.shell');
    expect(await page.getByRole('dialog', { name: 'Velkommen til Kodebok' }).isVisible()).toBe(false);
  });
});
