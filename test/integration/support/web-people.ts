import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { examplePassword } from '#infra/local/example-data.ts';
import { launchBrowser, screenshotDir } from '../../support/browser.ts';
import type { TestStack } from './test-stack.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The people of a browser test: each signs in at the issuer's page in a browser of their own, every console error kept. */
export const webPeople = (stack: TestStack) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const person = async (login: string, viewport = { width: 1440, height: 900 }) => {
    const context: BrowserContext = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const problems: string[] = [];
    const watch = (page: Page) => {
      page.on('console', (message) => message.type() === 'error' && problems.push(`${login}: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(`${login}: ${error.message}`));
      return page;
    };
    const page = watch(await context.newPage());
    await page.goto(`${stack.runtime.url}/`);
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill(examplePassword);
    await page.locator('button[type=submit]').click();
    await page.getByText('以下是需要您处理或关注的事项').waitFor({ timeout: 30_000 });
    return { context, page, problems, newPage: async () => watch(await context.newPage()) };
  };
  return { person, browser: () => browser };
};

/** Looks at the page as axe-core does (run through the debugging protocol, so the page's CSP stays as it is). */
export const accessibilityProblems = async (page: Page) => {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  // Each with where it is, so a failure says which element to look at.
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
};
export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `web-${name}.png`), fullPage: true });

/** Waits until toasts, dialogs, drop-downs and loading masks are gone: axe and screenshots judge a settled page, not a transition. */
export const settled = async (page: Page) => {
  for (const selector of ['.el-message', '.el-overlay:visible', '.el-select-dropdown__item:visible', '.el-loading-mask:visible', '.el-autocomplete-suggestion li:visible']) {
    await page.locator(selector).first().waitFor({ state: 'detached', timeout: 10_000 });
  }
};

/** A real 64×48 JPEG, drawn by the browser itself, to upload as a photo. */
export const photo = async (page: Page) =>
  Buffer.from(
    (await page.evaluate<string>(`(() => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 48 });
      const draw = canvas.getContext('2d');
      draw.fillStyle = '#2e7d32';
      draw.fillRect(0, 0, 64, 48);
      return canvas.toDataURL('image/jpeg');
    })()`)).split(',')[1]!,
    'base64',
  );

export const dialogButton = (page: Page, name: string) => page.locator('.el-dialog').getByRole('button', { name });
