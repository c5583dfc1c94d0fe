import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useApp } from './harness';

const tree = (page: Page) => page.getByRole('tree', { name: 'Koder' });
const item = (page: Page, name: string) => tree(page).getByRole('treeitem', { name: new RegExp(`^${name}\\s*,`) });

async function rename(page: Page, from: string, to: string): Promise<void> {
  await item(page, from).click();
  const name = page.getByLabel('Navn', { exact: true });
  await name.fill(to);
  await name.press('Tab');
  await expect.poll(() => item(page, to).count()).toBe(1);
}

/** Ctrl+Z with the keyboard in the tree (outside a text field, so it undoes a project step). */
async function undoStep(page: Page, focusOn: string): Promise<void> {
  await item(page, focusOn).focus();
  await page.keyboard.press('Control+z');
}

describe('two windows on the same project', () => {
  const app = useApp();

  it('shows a change made in one window in the other, and an undo never overwrites newer work from the other', async () => {
    const { page: first, context } = app();
    await first.getByLabel('Prosjektnavn').fill('To vinduer');
    await first.keyboard.press('Enter');
    await expect.poll(() => first.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    await first.getByRole('navigation').getByRole('link', { name: 'Kodebok' }).click();
    await first.getByRole('button', { name: 'Legg til malen for grensearbeid' }).first().click();
    await expect.poll(() => tree(first).getByRole('treeitem').count()).toBe(21);

    const second = await context.newPage();
    second.setDefaultTimeout(15_000);
    await second.goto(first.url());
    await expect.poll(() => tree(second).getByRole('treeitem').count()).toBe(21);

    // A rename in the second window shows in the first through its live query, without a reload.
    await rename(second, 'Lenkesending', 'Lenke');
    await expect.poll(() => item(first, 'Lenke').count()).toBe(1);
    // The first window renames it again; the second sees that.
    await rename(first, 'Lenke', 'Lenke til skjema');
    await expect.poll(() => item(second, 'Lenke til skjema').count()).toBe(1);

    // Undo in the second window would put back "Lenkesending" over the first window's newer name: refused, in words.
    await undoStep(second, 'Lenke til skjema');
    await expect
      .poll(() => second.locator('.toasts').textContent())
      .toContain('Dette steget er endret et annet sted siden, så det kan ikke angres trygt. Dataene dine er uendret.');
    await screenshot(second, 'two-windows-stale-undo');
    expect(await item(second, 'Lenke til skjema').count()).toBe(1);
    expect(await item(first, 'Lenke til skjema').count()).toBe(1);
    expect(await item(first, 'Lenkesending').count()).toBe(0);
    // The refused step is gone from the second window's history: a second Ctrl+Z has nothing left to undo.
    await undoStep(second, 'Lenke til skjema');
    await expect.poll(() => second.locator('.toasts').textContent()).toContain('Ingenting å angre');
    expect(await item(first, 'Lenke til skjema').count()).toBe(1);

    // The first window's own step is the newest, so its undo goes through and shows in the second.
    await undoStep(first, 'Lenke til skjema');
    await expect.poll(() => item(first, 'Lenke').count()).toBe(1);
    await expect.poll(() => item(second, 'Lenke').count()).toBe(1);
    await second.reload();
    await expect.poll(() => item(second, 'Lenke').count()).toBe(1);
  });

  it('a coding made in one window is drawn in the document open in the other, and its undo takes it away there too', async () => {
    const { page: first, context } = app();
    await first.getByRole('button', { name: 'Legg til demoprosjektet' }).click();
    await expect.poll(() => first.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Kilder');
    await first.getByRole('link', { name: /^intervju-01/ }).first().click();
    await first.waitForSelector('.document .turn-text span[data-start]');
    const second = await context.newPage();
    second.setDefaultTimeout(15_000);
    await second.goto(first.url());
    await second.waitForSelector('.document .turn-text span[data-start]');
    const marks = (page: Page) => page.locator('.document mark.coding-mark').count();
    expect(await marks(first)).toBe(0);

    // Code the first words of the first turn in the second window.
    await second.locator('.document .turn-text').first().click({ position: { x: 2, y: 8 } });
    await second.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await second.keyboard.press('Control+Shift+ArrowRight');
    await second.keyboard.press('Control+k');
    const palette = second.getByRole('dialog', { name: 'Kod med …' });
    await palette.getByRole('combobox').fill('lenkesending');
    await expect.poll(async () => (await palette.getByRole('option').first().textContent())!.toLowerCase()).toContain('lenkesending');
    await second.keyboard.press('Enter');
    await expect.poll(() => marks(second)).toBeGreaterThan(0);

    // The first window reads the one changed row and draws it, with its stripe.
    await expect.poll(() => marks(first)).toBeGreaterThan(0);
    await expect.poll(() => first.locator('.stripes .stripe').count()).toBe(1);
    await second.keyboard.press('Control+z');
    await expect.poll(() => marks(second)).toBe(0);
    await expect.poll(() => marks(first)).toBe(0);
    await expect.poll(() => first.locator('.stripes .stripe').count()).toBe(0);
  });

  it('a newer Kodebok upgrading the store in another window is not blocked, and this window says to reload', async () => {
    const { page: first, context } = app();
    await first.getByLabel('Prosjektnavn').fill('Oppgradering');
    await first.keyboard.press('Enter');
    await expect.poll(() => first.getByRole('heading', { level: 1 }).textContent()).toBe('Kilder');
    const nativeVersion = await first.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'kodebok')!.version!);

    // Another window opens the store at a later version, as a newer Kodebok's schema upgrade does.
    const other = await context.newPage();
    // A page of the same origin without the app in it: only the raw upgrade request runs there.
    await other.goto(new URL('/favicon.svg', first.url()).href);
    const upgraded = await other.evaluate(
      (version) =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('kodebok', version);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            request.result.close();
            resolve('upgraded');
          };
          request.onerror = () => resolve(`error: ${request.error?.name}`);
        }),
      nativeVersion + 10,
    );
    expect(upgraded).toBe('upgraded');
    await expect
      .poll(() => first.getByRole('alert').textContent())
      .toContain('Kodebok ble åpnet i en nyere versjon i et annet vindu');
    expect(await first.getByRole('alert').getByRole('button', { name: 'Last inn på nytt' }).count()).toBe(1);
    // Nothing went wrong here: the heading says what to do, not "Noe gikk galt".
    expect(await first.getByRole('alert').locator('strong').textContent()).toBe('Last inn dette vinduet på nytt');
    await screenshot(first, 'two-windows-upgraded');
    // Moving on in this window neither crashes it nor hides the notice (the harness fails on any page error).
    await first.getByRole('navigation').getByRole('link', { name: 'Kodebok' }).click();
    await expect.poll(() => first.url()).toMatch(/codebook|kodebok/i);
    expect(await first.getByRole('alert').textContent()).toContain('last inn vinduet på nytt');
    // Reloading (here the same build, which reads the upgraded store) brings the project back.
    await first.getByRole('alert').getByRole('button', { name: 'Last inn på nytt' }).click();
    await expect.poll(() => first.getByRole('heading', { level: 1 }).textContent()).toBe('Kodebok');
    expect(await first.locator('.error-banner').count()).toBe(0);
  });
});
