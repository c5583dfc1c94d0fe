import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAccessibilityViolations, useApp } from './harness';

async function openDemoSource(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
  await page.getByRole('link', { name: title }).first().click();
  await page.waitForSelector('.document .turn-text span[data-start]');
}

/** Puts the caret at the start of a turn's text and extends the selection by `words` words with Shift+Ctrl+→. */
async function selectWords(page: Page, turn: number, skipWords: number, words: number): Promise<void> {
  const text = page.locator('.document .turn-text').nth(turn);
  await text.click({ position: { x: 2, y: 8 } });
  await page.keyboard.press('Home');
  for (let i = 0; i < skipWords; i++) await page.keyboard.press('Control+ArrowRight');
  for (let i = 0; i < words; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  // The side panel names exactly the selected text once the selection has reached the app.
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.trim().length).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.coding-target p').textContent()).toBe(`Kodes: «${selected.replace(/\s+/g, ' ').trim()}»`);
}

async function codeWithPalette(page: Page, search: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Kod med …' });
  await palette.getByRole('combobox').fill(search);
  // Enter takes the first match; wait until the list has been filtered by what was typed.
  const first = search.split(' ')[0]!;
  await expect.poll(async () => (await palette.getByRole('option').first().textContent())!.toLowerCase()).toContain(first);
  await page.keyboard.press('Enter');
  await expect.poll(() => palette.isVisible()).toBe(false);
}

const marks = (page: Page) => page.locator('.document mark.coding-mark');
const overlapping = (page: Page) => page.locator('.document mark.coding-mark[data-count="2"]');
const codingCount = async (page: Page) =>
  Number((await page.getByRole('heading', { name: /koding(er)? i denne kilden/ }).textContent())!.match(/\d+/)![0]);

describe('coding workspace', () => {
  const app = useApp();

  it('codes a selection with the palette, overlaps a second code, undoes twice, redoes once, and keeps it after reload', async () => {
    const { page } = app();
    await openDemoSource(page, /^intervju-01/);
    expect(await codingCount(page)).toBe(0);
    // The header lines are the source's preamble, above the turns: the first turn is the interviewer's.
    expect(await page.locator('.source-preamble').textContent()).toMatch(/^Intervju 1 – veileder/);
    expect(await page.locator('.document .turn-speaker', { hasText: '—' }).count()).toBe(0);
    expect(await page.locator('.document .turn').first().getAttribute('class')).toContain('role-interviewer');

    await selectWords(page, 0, 0, 8);
    await codeWithPalette(page, 'eksplisitt henv');
    await expect.poll(() => marks(page).count()).toBeGreaterThan(0);
    expect(await codingCount(page)).toBe(1);

    await selectWords(page, 0, 4, 8); // words 5–12: overlaps words 5–8 of the first coding
    await codeWithPalette(page, 'byråkratisk');
    await expect.poll(() => codingCount(page)).toBe(2);
    await expect.poll(() => overlapping(page).count()).toBe(1);
    // Two stripes in two lanes, one per code.
    expect(await page.locator('.stripe').count()).toBe(2);
    await screenshot(page, 'coding-overlap');

    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => codingCount(page)).toBe(0);
    expect(await marks(page).count()).toBe(0);

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => codingCount(page)).toBe(1);
    expect(await overlapping(page).count()).toBe(0);
    const coded = await marks(page).allTextContents();

    await page.reload();
    await page.waitForSelector('.document .turn-text span[data-start]');
    await expect.poll(() => codingCount(page)).toBe(1);
    expect(await marks(page).allTextContents()).toEqual(coded);
    // The redone coding is the first selection: words from the start of the interviewer's first turn.
    const turnText = (await page.locator('.document .turn-text').nth(0).textContent())!;
    expect(coded.join('').length).toBeGreaterThan(10);
    expect(turnText.startsWith(coded.join(''))).toBe(true);
    // A memo on the coding, written from its details panel, survives a reload.
    await page.locator('.coding-item').first().click();
    const memo = page.getByRole('textbox', { name: 'Notat om kodingen' });
    await memo.click();
    await page.keyboard.type('Henviser uten å begrunne.');
    await expect.poll(() => page.locator('.coding-details .memo-status').textContent()).toContain('Sist endret');
    await page.reload();
    await page.waitForSelector('.document .turn-text span[data-start]');
    await page.locator('.coding-item').first().click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Notat om kodingen' }).textContent()).toBe('Henviser uten å begrunne.');

    // The source text itself cannot be typed into.
    await page.locator('.document .turn-text').nth(0).click();
    await page.keyboard.type('xyz');
    expect(await page.locator('.document').textContent()).not.toContain('xyz');
  });

  it('shows the pre-coded demo dialogue with delays, and codes a whole turn from a caret', async () => {
    const { page } = app();
    await openDemoSource(page, /^Dialog 1\b/);
    // The demo comes pre-coded from the answer key: the response, the strategy quote and the position.
    await expect.poll(() => codingCount(page)).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.turn-head .delay').count()).toBeGreaterThan(0);
    expect((await seriousAccessibilityViolations(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await screenshot(page, 'coding-demo-dialogue');
    await page.getByLabel('Tema').selectOption('dark');
    expect((await seriousAccessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await screenshot(page, 'coding-demo-dialogue-dark');

    // Caret in a turn + palette codes the whole turn.
    const before = await codingCount(page);
    await page.locator('.document .turn-text').first().click({ position: { x: 2, y: 8 } });
    await codeWithPalette(page, 'motivator');
    await expect.poll(() => codingCount(page)).toBe(before + 1);

    // Pin a code in the codebook; key 1 then codes the selection with it.
    const source = page.url();
    await page.getByRole('link', { name: 'Kodebok' }).click();
    await page.getByRole('tree', { name: 'Koder' }).getByRole('treeitem', { name: /^Pedagogisk\s*,/ }).click();
    await page.getByLabel('Festet').click();
    await expect.poll(() => page.getByLabel('Festet').isChecked()).toBe(true);
    await page.goto(source);
    await page.waitForSelector('.document .turn-text span[data-start]');
    await selectWords(page, 2, 0, 3);
    await page.keyboard.press('1');
    await expect.poll(() => codingCount(page)).toBe(before + 2);
    expect(await page.locator('.coding-details h2').textContent()).toContain('Posisjon/Pedagogisk');
  });

  it('fixes a typo in edit-transcript mode, keeping a coding on the same words, and undoes the fix', async () => {
    const { page } = app();
    await openDemoSource(page, /^intervju-01/);
    const turn = page.locator('.document .turn-text').nth(0);
    const original = (await turn.textContent())!;
    expect(original).toMatch(/^Da /);
    await selectWords(page, 0, 3, 3);
    await codeWithPalette(page, 'byråkratisk');
    await expect.poll(() => codingCount(page)).toBe(1);
    const coded = await marks(page).allTextContents();

    // Select the turn's first word ("Da") and replace it.
    await selectWords(page, 0, 0, 1);
    await page.getByLabel('Rediger transkripsjon (rett skrivefeil)').check();
    await page.getByLabel('med', { exact: true }).fill('Nå');
    await page.getByRole('button', { name: 'Rett', exact: true }).click();
    await expect.poll(() => turn.textContent()).toBe(`Nå${original.slice(2)}`);
    // The coding after the fix still covers the same words.
    expect(await marks(page).allTextContents()).toEqual(coded);

    await page.locator('.document').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => turn.textContent()).toBe(original);
    expect(await marks(page).allTextContents()).toEqual(coded);
  });

  it('resizes the selected coding by dragging its end grip', async () => {
    const { page } = app();
    await openDemoSource(page, /^intervju-01/);
    await selectWords(page, 0, 0, 2);
    await codeWithPalette(page, 'byråkratisk');
    await expect.poll(() => codingCount(page)).toBe(1);
    const before = (await marks(page).allTextContents()).join('');

    const grip = page.locator('.coding-grip-end');
    await expect.poll(() => grip.count()).toBe(1);
    const box = (await grip.boundingBox())!;
    const line = (await page.locator('.document .turn-text').nth(0).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(line.x + line.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();

    await expect.poll(async () => (await marks(page).allTextContents()).join('').length).toBeGreaterThan(before.length + 5);
    const after = (await marks(page).allTextContents()).join('');
    expect(after.startsWith(before)).toBe(true);
    expect(await codingCount(page)).toBe(1);
  });
});
