/**
 * `npm run bench` (third part): what the web pages ship and how soon the enterprise's page is usable.
 *  - JS and CSS (gzip) a first visit downloads for the enterprise's inspection-code page and for the
 *    workbench, from Vite's manifest (the entry, the page's chunk and everything they import statically).
 *  - Time until the enterprise's page shows its verdict (核验通过), in Chromium with the CPU slowed 4×
 *    and a slow-4G network (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up), against the embedded stack:
 *    on the page's own clock from the start of its navigation (what the person holding the phone waits),
 *    and, beside it, on the bench's clock around Playwright's `goto` and wait (which adds the driver's
 *    round trips through a CPU slowed 4×). Median of five loads, each in a new browser context.
 * Goals (issue: web pages I): ≤ 150 kB gzip of JS for the enterprise's page, usable within 2 s.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { ensureWebBuilt, webDist } from '#infra/local/web-build.ts';
import { addDays, shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { benchStack } from './bench-stack.ts';

type Chunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
await ensureWebBuilt();
const manifest = JSON.parse(readFileSync(path.join(webDist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
const gzip = (file: string) => gzipSync(readFileSync(path.join(webDist, file))).length;

/** The files a first visit to a page loads before it can render: entry + page chunk and their static imports. */
const shipped = (entry: string, pages: string[]) => {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((c) => css.add(c));
    chunk.imports?.forEach(visit);
  };
  visit(entry);
  pages.forEach(visit);
  const kb = (files: Set<string>) => Math.round([...files].reduce((n, f) => n + gzip(f), 0) / 102.4) / 10;
  return { jsKb: kb(js), cssKb: kb(css), files: js.size + css.size };
};

const sizes = {
  // An entry of its own (web/verify.html): Vue and the page, no router, no sign-in.
  enterprisePage: shipped('verify.html', []),
  // Signed-in pages also load sign-in and the session (chunks of their own, named after their modules).
  workbench: shipped('index.html', ['src/components/AppShell.vue', 'src/pages/Workbench.vue', ...Object.keys(manifest).filter((key) => /^_(auth|session)-/.test(key))]),
};

// The enterprise's page as an enterprise opens it, for an inspection an agency has just filed.
process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
const { services, auth, runtime } = await benchStack('webbench');
type Load = { usableMs: number; firstContentfulPaintMs: number; withDriverMs: number; requests: number };
let timings: Load[] = [];
const apiMs: number[] = [];
try {
  await seedExampleData();
  const today = shanghaiDate(new Date());
  const filed = await fetch(`${runtime.url}/v1/inspection-filings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await auth.sign(exampleUsers.agency)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ enterprise: '91360923MA35F2K8XC', inspectionType: 'routine', items: ['SC-SP-01'], legalBasis: '《中华人民共和国食品安全法》第一百一十条', window: { from: addDays(today, 3), to: addDays(today, 3) }, officers: ['sc-liu', 'sc-chen'], approval: { approver: '局长', approvedOn: today } }),
  });
  const { code } = (await filed.json()) as { code: { qrContent: string; token: string } };
  // The API's own part of it: one verification request, answered by the embedded stack.
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await (await fetch(`${runtime.url}/v1/inspection-codes/${code.token}`)).arrayBuffer();
    apiMs.push(Math.round(performance.now() - started));
  }

  const browser = await launchBrowser();
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    // The moment the verdict enters the page, noted by the page itself (performance.now() counts from navigation start).
    // (A script text: the bench is typed for Node, without the DOM's types.)
    await page.addInitScript({
      content: `new MutationObserver((_, seen) => {
        if (!document.body?.textContent?.includes('核验通过')) return;
        performance.mark('verdict');
        seen.disconnect();
      }).observe(document, { subtree: true, childList: true, characterData: true });`,
    });
    const started = Date.now();
    await page.goto(code.qrContent);
    await page.getByText('核验通过').waitFor({ timeout: 30_000 });
    const withDriverMs = Date.now() - started;
    const inPage = await page.evaluate(() => ({
      usableMs: Math.round(performance.getEntriesByName('verdict')[0]?.startTime ?? Number.NaN),
      firstContentfulPaintMs: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
      requests: performance.getEntriesByType('resource').length,
    }));
    timings.push({ ...inPage, withDriverMs });
    await context.close();
  }
  await browser.close();
} finally {
  await runtime.stop();
  await services.stop();
}
timings = timings.sort((a, b) => a.usableMs - b.usableMs);
const median = timings[2]!;
const result = {
  shippedGzip: sizes,
  enterprisePageSlow4gCpu4x: { medianOf5: median, runs: timings },
  verifyRequestMsOnEmbeddedStack: apiMs.sort((a, b) => a - b)[2],
  goals: { enterprisePageJsKb: 150, usableMs: 2000, met: sizes.enterprisePage.jsKb <= 150 && median.usableMs <= 2000 },
};
console.log(JSON.stringify(result, null, 1));
mkdirSync('.local/bench', { recursive: true });
writeFileSync('.local/bench/web-pages.json', JSON.stringify(result, null, 1));
