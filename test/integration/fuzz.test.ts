import { describe, expect, it } from 'vitest';
import { fuzzApi } from '../support/fuzz.ts';
import { storeWatch } from '../support/store-watch.ts';
import { exampleStack } from './support/test-stack.ts';

const stack = exampleStack();

describe('the API under generated input (a bounded fuzz; `npm run fuzz` runs 10,000)', () => {
  it('never answers 5xx, answers every refusal as the contract describes it, and writes nothing when it refuses', async () => {
    const { records, idempotency } = stack.runtime.tables;
    const store = storeWatch([records, idempotency, process.env.IDENTITY_TABLE!], [...stack.runtime.queues.values()].map((q) => q.url));
    const report = await fuzzApi(stack, { runs: 400, store });
    expect(report.failures).toEqual([]);
    expect(report.refusalsChecked).toBeGreaterThan(300);
    expect(Object.keys(report.byStatus).some((status) => status.startsWith('4'))).toBe(true);
  }, 180_000);
});
