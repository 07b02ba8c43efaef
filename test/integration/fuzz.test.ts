import { describe, expect, it } from 'vitest';
import { fuzzApi } from '../support/fuzz.ts';
import { exampleStack } from './support/test-stack.ts';

const stack = exampleStack();

describe('the API under generated input (a bounded fuzz; `npm run fuzz` runs 10,000)', () => {
  it('never answers 5xx, and answers every refusal as the contract describes it', async () => {
    const report = await fuzzApi(stack, { runs: 400 });
    expect(report.failures).toEqual([]);
    expect(Object.keys(report.byStatus).some((status) => status.startsWith('4'))).toBe(true);
  }, 180_000);
});
