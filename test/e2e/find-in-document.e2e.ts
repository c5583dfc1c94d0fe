import { describe, expect, it } from 'vitest';
import { screenshot, useApp } from './harness';

describe('Ctrl+F in the document view', () => {
  const app = useApp();

  it('finds a word, steps with Enter and Shift+Enter, and leaves the selection on the hit when closed with Esc', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await page.getByRole('link', { name: /^intervju-01/ }).first().click();
    await page.waitForSelector('.document .turn-text span[data-start]');

    await page.keyboard.press('Control+f');
    const input = page.getByRole('searchbox', { name: 'Finn i dokumentet' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.pressSequentially('Taushetsplikt');
    const count = page.locator('.find-count');
    await expect.poll(() => count.textContent()).toBe('1 av 3');
    // The hit is what the next code applies to (the side card names it).
    await expect.poll(() => page.locator('.coding-target p').textContent()).toBe('Kodes: «taushetsplikt»');

    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('2 av 3');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 av 3');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('3 av 3');
    // The third hit is in view: the current-hit highlight is painted on the text there.
    const current = await page.evaluate(() => {
      const highlight = CSS.highlights.get('kodebok-find-current');
      const range = highlight ? [...highlight][0] : undefined;
      if (!range) return null;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      return { text: live.toString(), inView: rect.top >= 0 && rect.bottom <= window.innerHeight };
    });
    expect(current).toEqual({ text: 'taushetsplikt', inView: true });
    await screenshot(page, 'find-in-document');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.find-bar').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('taushetsplikt');

    // A word that is not there says so.
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Finn i dokumentet' }).fill('sjiraff');
    await expect.poll(() => count.textContent()).toBe('Ikke i denne teksten');
  });
});
