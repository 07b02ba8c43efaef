import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** Chromium from Debian (`apt-get install chromium`): a test tool's own browser download does not work here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.resolve('test-results', 'screenshots');

export const launchBrowser = async (): Promise<Browser> => {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  await mkdir(screenshotDir, { recursive: true });
  // The flags keep Chromium from calling Google's services, which this network refuses.
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
};
