/**
 * `npm run bench` (bundles): each function's bundle, built as the stack builds it (infra/constructs/bundle-
 * options.ts, with its on-demand packages beside it), beside a bare handler importing the same three SDK clients
 * with the same flags.
 *  - size of each bundle (kB), against the goal of ≤ 300 kB for an ordinary function, and of its on-demand packages;
 *  - cold init: CPU time to import the bundle in a fresh Node process with the functions' NODE_OPTIONS, as a
 *    ratio to the bare handler's, both measured in each process (bare, then the function) and the median taken; goal ≤ 1.1×,
 *    ≤ 1.3× for those that write workbooks; and the same ratio with `--enable-source-maps` on both sides, to
 *    show what the functions no longer pay for readable stack traces (the logger maps them on error instead).
 * Beside them, the same ratio for the libraries alone (the floor no function of ours can go below).
 * Figures go to .local/bench/bundles.json too, to compare one run with the last.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleOptions } from '#infra/constructs/bundle-options.ts';
import { bundleFunction } from '#infra/constructs/on-demand-packages.ts';
import { functionEntries } from '#infra/wiring.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const pairs = Number(process.env.BENCH_PAIRS ?? 7);
// Inside the repository, so the bundles find @aws-sdk in node_modules as the runtime provides it in Lambda.
mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const outDir = mkdtempSync(path.join(repoRoot, '.tmp', 'bundles-'));

/** The function's bundle, its on-demand packages left out of it and built beside it (in outDir's node_modules), as CDK does. */
const bundle = async (name: string, entry: string, onDemand: readonly string[] = []) => {
  const outfile = path.join(outDir, `${name}.mjs`);
  await bundleFunction(entry, outfile, onDemand);
  return outfile;
};

const bare = path.join(outDir, 'bare-handler.ts');
writeFileSync(
  bare,
  `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async () => [DynamoDBClient, SQSClient, S3Client].map((c) => c.name);
`,
);

/** What the stack gives functions at deploy (values only need to be well-formed: nothing is called at init). */
const functionEnvironment = {
  ...process.env,
  AWS_REGION: 'cn-north-1',
  RECORDS_TABLE: 'records',
  IDEMPOTENCY_TABLE: 'idempotency',
  IDENTITY_TABLE: 'people',
  EVENT_ROUTES: '{}',
  QUEUE_URLS: '{}',
  PUBLIC_API_URL: 'https://api.example.gov.cn',
  VERIFY_BASE_URL: 'https://jc.example.gov.cn/verify',
  REPORTS_BUCKET: 'reports',
  EVIDENCE_BUCKET: 'evidence',
  WEB_BUCKET: 'web',
  EVIDENCE_ORIGIN: 'https://*.s3.cn-north-1.amazonaws.com.cn',
  OIDC_ISSUER: 'https://jc.example.gov.cn/oidc',
  OIDC_REDIRECT_URIS: 'https://jc.example.gov.cn/auth/callback',
  OIDC_KEY_SECRET: 'arn:aws-cn:secretsmanager:cn-north-1:000000000000:secret:seeds',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'JudicialInspection',
};

/**
 * In one fresh process, as Lambda's runtime loads a handler: CPU milliseconds to import the bare handler, then
 * those to import the function's bundle after it, which is what the function costs beyond the SDK clients the two
 * share. The SDK's load varies by ±15 % from process to process: timed in two processes, a function's ratio moved by
 * 0.08 on average between two runs (up to 0.26); timed in one, by 0.03 (up to 0.12). A function importing fewer
 * clients than the bare handler (api-docs imports none) is charged for them all: its ratio can only come out high.
 */
const initRatio = (file: string, nodeOptions: readonly string[] = bundleOptions.nodeOptions) => {
  const cpu = 'const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };';
  const probe = `${cpu} const a = cpu(); await import(${JSON.stringify(pathToFileURL(bareFile).href)}); const b = cpu(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(JSON.stringify([b - a, cpu() - b]));`;
  const [bareMs, ownMs] = JSON.parse(execFileSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', probe], { encoding: 'utf8', env: functionEnvironment })) as [number, number];
  return (bareMs + ownMs) / bareMs;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The floor under the goal: the libraries every HTTP function uses as ours use them (zod with its Chinese messages,
 * middy and its body parsers, Powertools' logger and metrics, the DynamoDB document client), with no code of ours.
 */
const floor = path.join(outDir, 'libraries-floor.ts');
writeFileSync(
  floor,
  `import * as z from 'zod';
import chineseLocale from 'zod/v4/locales/zh-CN.js';
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpUrlencodeBodyParser from '@middy/http-urlencode-body-parser';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
const logger = new Logger();
export const metrics = new Metrics();
const messages = chineseLocale().localeError;
const Body = z.object({ id: z.string() });
export const documentClient = DynamoDBDocumentClient;
export const handler = middy(async (event: { body: unknown }) => Body.parse(event.body, { error: messages }))
  .use(httpHeaderNormalizer()).use(httpJsonBodyParser()).use(httpUrlencodeBodyParser()).use(injectLambdaContext(logger));
`,
);

const bareFile = await bundle('bare-handler', bare);
const floorFile = await bundle('libraries-floor', floor);
const librariesFloor = Math.round(median(Array.from({ length: pairs }, () => initRatio(floorFile))) * 100) / 100;
const rows = [];
for (const [name, spec] of functionEntries) {
  const file = await bundle(name, path.join(repoRoot, spec.entry), spec.onDemand);
  // Those that write workbooks (exceljs, built beside the bundle and loaded when a workbook is made) have a goal of their own.
  const writesWorkbooks = !!spec.onDemand?.includes('exceljs');
  const ratios = Array.from({ length: pairs }, () => initRatio(file));
  const withMaps = Array.from({ length: pairs }, () => initRatio(file, ['--enable-source-maps']));
  const sizeKb = Math.round(statSync(file).size / 1024);
  const onDemandKb = Object.fromEntries((spec.onDemand ?? []).map((pkg) => [pkg, Math.round(statSync(path.join(outDir, 'node_modules', pkg, 'index.mjs')).size / 1024)]));
  const initGoal = writesWorkbooks ? 1.3 : 1.1;
  rows.push({ name, sizeKb, onDemandKb, sizeGoalKb: writesWorkbooks ? undefined : 300, initRatio: Math.round(median(ratios) * 100) / 100, initGoal, initRatioWithSourceMaps: Math.round(median(withMaps) * 100) / 100 });
}

const holds = (ok: boolean) => (ok ? 'holds' : 'MISSES');
console.log(`\nBundles: built as the stack builds them; init = CPU to import in a fresh process ÷ a bare handler with the same SDK clients, both timed in each process (median of ${pairs} processes)`);
console.log(`${'function'.padEnd(24)}${'size'.padStart(9)}  goal      ${'init'.padStart(6)}  goal           with --enable-source-maps`);
for (const row of rows) {
  const size = row.sizeGoalKb === undefined ? '—       ' : `≤ ${row.sizeGoalKb} ${holds(row.sizeKb <= row.sizeGoalKb)}`;
  console.log(
    `${row.name.padEnd(24)}${`${row.sizeKb} kB`.padStart(9)}  ${size.padEnd(10)}${`${row.initRatio.toFixed(2)}×`.padStart(6)}  ${`≤ ${row.initGoal}× ${holds(row.initRatio <= row.initGoal)}`.padEnd(15)}${row.initRatioWithSourceMaps.toFixed(2)}×${Object.entries(row.onDemandKb).map(([pkg, kb]) => `   + ${pkg} ${kb} kB, loaded on demand`).join('')}`,
  );
}
console.log(`The libraries alone, with no code of ours (the floor under every HTTP function): ${librariesFloor.toFixed(2)}×`);
const resultDir = path.join(repoRoot, '.local', 'bench');
mkdirSync(resultDir, { recursive: true });
writeFileSync(path.join(resultDir, 'bundles.json'), JSON.stringify({ at: new Date().toISOString(), pairs, librariesFloor, rows }, null, 2));
