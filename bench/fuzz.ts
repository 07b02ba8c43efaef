/**
 * `npm run fuzz [-- <requests>]`: the HTTP fuzz of `npm test` at length (10,000 requests by default) against
 * the embedded stack with the example county, every answer checked against the OpenAPI document.
 * Prints the count of answers by status and every failure (a 5xx, an answer the contract does not describe, or
 * a refusal that wrote something to a table).
 */
import { seedExampleData } from '#infra/local/seed.ts';
import { contractFetch } from '../test/support/contract.ts';
import { fuzzApi } from '../test/support/fuzz.ts';
import { storeWatch } from '../test/support/store-watch.ts';
import { benchStack } from './bench-stack.ts';

const runs = Number(process.argv[2] ?? 10_000);
process.env.POWERTOOLS_LOG_LEVEL = 'CRITICAL';
const { services, auth, runtime } = await benchStack('fuzz');
try {
  await seedExampleData();
  const started = Date.now();
  const report = await fuzzApi(
    {
      auth,
      fetch: async (path, init = {}) => {
        const response = await contractFetch(`${runtime.url}${path}`, init);
        const text = await response.text();
        return { status: response.status, headers: response.headers, json: () => JSON.parse(text) as Record<string, unknown> };
      },
    },
    {
      runs,
      seed: Number(process.env.FUZZ_SEED ?? Date.now() % 100_000),
      store: storeWatch([runtime.tables.records, runtime.tables.idempotency, process.env.IDENTITY_TABLE!], [...runtime.queues.values()].map((q) => q.url)),
    },
  );
  const summary = { requests: report.requests, seconds: Math.round((Date.now() - started) / 1000), byStatus: report.byStatus, refusalsCheckedForWrites: report.refusalsChecked, failures: report.failures.length };
  console.log(JSON.stringify(summary, null, 1));
  for (const failure of report.failures) console.log(`FAIL ${failure}`);
  process.exitCode = report.failures.length ? 1 : 0;
} finally {
  await runtime.stop();
  await services.stop();
}
