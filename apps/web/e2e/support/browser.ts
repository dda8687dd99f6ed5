import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../../../test-results');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile (so no cookies leak between sessions). */
export async function openBrowser(viewport = { width: 1280, height: 860 }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const profile = await mkdtemp(path.join(tmpdir(), 'logai-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * page.goto that survives a navigation still under way from the step before (a client-side redirect
 * or refresh after an action): Chromium aborts one of the two (net::ERR_ABORTED), or Playwright says
 * the visit "is interrupted by another navigation" (seen under load, after an organisation switch's
 * reload); the visit is retried.
 */
export async function visit(page: Page, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url);
      return;
    } catch (error) {
      const raced =
        error instanceof Error &&
        (error.message.includes('ERR_ABORTED') ||
          error.message.includes('interrupted by another navigation'));
      if (attempt >= 3 || !raced) throw error;
      await page.waitForLoadState('load');
    }
  }
}

/** Registers, for the running test, a screenshot of `page` in test-results/ if the test fails. */
export function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  });
}

/** Drops files on an element the way a browser does: dragover, then drop with a DataTransfer. */
export async function dropFiles(
  page: Page,
  selector: string,
  files: { name: string; content: string | number[] }[],
): Promise<void> {
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      // Bytes go in as they are; text is encoded as UTF-8 by the File constructor.
      const part = typeof item.content === 'string' ? item.content : new Uint8Array(item.content);
      transfer.items.add(new File([part], item.name));
    }
    return transfer;
  }, files);
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}
