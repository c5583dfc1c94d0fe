import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium';

const require = createRequire(import.meta.url);
export const screensDir = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

export interface AppSession {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
}

/**
 * One browser per test file, a fresh context (empty IndexedDB) per test.
 * `firstStartDone` skips the welcome dialog unless a test wants to see it.
 */
export function useApp(options: { skipWelcome?: boolean } = {}): () => AppSession {
  let browser: Browser;
  let session: AppSession | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const baseUrl = inject('baseUrl');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'nb-NO',
      // Only so axe-core can be injected; the app's own CSP is tested in the Electron unit tests.
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(baseUrl);
    await page.waitForSelector('.shell');
    if (options.skipWelcome !== false) {
      const decline = page.getByRole('button', { name: 'Start med en tom liste' });
      if (await decline.isVisible()) await decline.click();
    }
    session = { page, context, baseUrl };
  });
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });
  return () => {
    if (!session) throw new Error('No app session: call inside a test.');
    return session;
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: `${screensDir}${name}.png`, fullPage: false });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core inside the page; returns serious and critical violations only. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
