import { describe, expect, it } from 'vitest';
import { screenshot, useApp } from './harness';
import { currentSchemaVersion } from '../../renderer/store/schema';

describe('projects', () => {
  const app = useApp();

  it('creates a project, opens it at its sources, and still has it after a reload', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Grensearbeid 2026');
    await page.getByRole('button', { name: 'Opprett prosjekt' }).click();
    // The new project is open, ready for its first import.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    expect(page.url()).toContain('#/sources');
    expect(await page.locator('.current-project-name').textContent()).toBe('Grensearbeid 2026');
    await page.getByRole('link', { name: 'Prosjekter' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Grensearbeid 2026' }).count()).toBe(1);
    await page.reload();
    await page.waitForSelector('.shell');
    await expect.poll(() => page.getByRole('heading', { name: 'Grensearbeid 2026' }).count()).toBe(1);
    await screenshot(page, 'projects');
  });

  it('refuses an empty name and says why', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Opprett prosjekt' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Gi prosjektet et navn');
    expect(await page.locator('.project-card').count()).toBe(0);
  });

  it('renames, duplicates, and deletes with undo', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Intervjustudie');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    await page.getByRole('link', { name: 'Prosjekter' }).click();
    await page.getByRole('button', { name: 'Gi nytt navn Intervjustudie' }).click();
    const input = page.getByLabel('Nytt navn på Intervjustudie');
    await input.fill('Intervjustudie høst');
    await input.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Intervjustudie høst' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Dupliser Intervjustudie høst' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Intervjustudie høst (kopi)' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Slett Intervjustudie høst (kopi)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
    await expect.poll(() => page.locator('.project-card').count()).toBe(1);
    await page.getByRole('status').getByRole('button', { name: 'Angre' }).click();
    await expect.poll(() => page.locator('.project-card').count()).toBe(2);

    // Deleting and not undoing: gone after reload too.
    await page.getByRole('button', { name: 'Slett Intervjustudie høst (kopi)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
    // Reload once the deletion is stored (the card is gone), as a user would see it.
    await expect.poll(() => page.locator('.project-card').count()).toBe(1);
    await page.reload();
    await page.waitForSelector('.shell');
    await expect.poll(() => page.locator('.project-card').count()).toBe(1);
  });

  it('opening a project shows it as the current project in the sidebar', async () => {
    const { page } = app();
    for (const name of ['Fokusgrupper', 'Intervjuer']) {
      await page.getByLabel('Prosjektnavn').fill(name);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.current-project-name').textContent()).toBe(name);
      await page.getByRole('link', { name: 'Prosjekter' }).click();
    }
    await page.getByRole('button', { name: 'Åpne Fokusgrupper' }).click();
    await expect.poll(() => page.locator('.current-project-name').textContent()).toBe('Fokusgrupper');
    expect(page.url()).toContain('#/sources');
  });

  it('backs up the open project with Ctrl+S as a versioned JSON file and says where it went', async () => {
    const { page } = app();
    await page.getByLabel('Prosjektnavn').fill('Sikkerhetskopi');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.current-project-name').textContent()).toBe('Sikkerhetskopi');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Sikkerhetskopi-\d{4}-\d{2}-\d{2}-\d{6}\.kodebok\.json$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const backup = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(backup).toMatchObject({ format: 'kodebok-project-backup', schemaVersion: currentSchemaVersion, project: { name: 'Sikkerhetskopi' } });
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Sikkerhetskopi lagret');
  });
});
