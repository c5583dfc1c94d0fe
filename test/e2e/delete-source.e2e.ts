import { describe, expect, it } from 'vitest';
import { screenshot, useApp } from './harness';

describe('deleting a source', () => {
  const app = useApp();

  it('says what goes with it (codings, STC meaning units, golden quotes, read mark), deletes it as one step, and Ctrl+Z brings it all back', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    const row = page.locator('.source-table').getByRole('row', { name: /^intervju-01-veileder/ });
    await expect.poll(() => row.count()).toBe(1);

    await page.getByRole('button', { name: 'Slett intervju-01-veileder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette kilden «intervju-01-veileder»?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The demo's worked STC example rests on this interview: the dialog says so before anything goes.
    const body = (await dialog.textContent()) ?? '';
    expect(body).toMatch(/meningsbærende enhet/);
    expect(body).toMatch(/gullsitat/);
    expect(body).toContain('Du kan angre med Ctrl+Z.');
    await screenshot(page, 'delete-source-dialog');

    // Cancel keeps it.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect(await row.count()).toBe(1);

    await page.getByRole('button', { name: 'Slett intervju-01-veileder' }).click();
    await dialog.getByRole('button', { name: 'Slett kilden' }).click();
    await expect.poll(() => row.count()).toBe(0);

    await page.locator('body').press('Control+z');
    await expect.poll(() => row.count()).toBe(1);
  });
});
