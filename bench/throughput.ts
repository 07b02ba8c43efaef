/**
 * `npm run bench`: rectification items assigned per second through the API on the embedded stack, against
 * the same DynamoDB Local's raw ceiling for what a creation must write (one TransactWriteItems of two puts:
 * the record and its event), measured in alternating rounds with the same concurrency; the median ratio of
 * the rounds. Both sides use the functions' client, which waits for DynamoDB Local's commit of each transaction
 * (shared/adapters/dynamodb-local-commit.ts). Goal (issue: performance): ≥ 0.5.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mkdirSync, writeFileSync } from 'node:fs';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { dynamo } from '#shared/adapters/aws.ts';
import { benchStack } from './bench-stack.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const perRound = 200;
const concurrency = 4;

process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
const { services, auth, runtime } = await benchStack('throughput');

/** `count` calls of `one`, `concurrency` at a time; calls per second. */
const rate = async (count: number, one: (i: number) => Promise<void>) => {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await one(next++);
  }));
  return count / ((performance.now() - started) / 1000);
};

let serial = -1; // the warm-up round; then the round number
const table = runtime.tables.records;
const raw = (i: number) =>
  dynamo()
    .send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: table, Item: { pk: `T#999999#RAW#${serial}-${i}`, sk: 'ITEM', body: 'x'.repeat(1200) }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: table, Item: { pk: `T#999999#RAWEVENT#${serial}-${i}`, sk: 'EVENT', body: 'x'.repeat(600) }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    )
    .then(() => undefined);

const token = await auth.sign(exampleUsers.supervisor);
const assign = async (i: number) => {
  const response = await fetch(`${runtime.url}/v1/rectifications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ problem: { title: `吞吐基准 ${serial}-${i}`, description: '台账不全' }, measures: [{ text: '补齐台账' }], responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 10 } }),
  });
  if (response.status !== 201) throw new Error(`assign: ${response.status} ${await response.text()}`);
};

const ratios: number[] = [];
const pairs: { api: number; raw: number }[] = [];
try {
  await seedExampleData();
  // Warm: every function loaded, connections open, both sides past their JIT warm-up.
  await rate(perRound, raw);
  await rate(perRound, assign);
  for (let round = 0; round < rounds; round++) {
    serial = round;
    const rawRate = await rate(perRound, raw);
    const apiRate = await rate(perRound, assign);
    pairs.push({ api: Math.round(apiRate), raw: Math.round(rawRate) });
    ratios.push(apiRate / rawRate);
  }
} finally {
  await runtime.stop();
  await services.stop();
}
const median = Number([...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!.toFixed(2));
console.table(pairs.map((p) => ({ 'API creations/s': p.api, 'raw 2-put transactions/s': p.raw, ratio: (p.api / p.raw).toFixed(2) })));
console.log(`API creations ÷ raw transactions: median ${median} (goal ≥ 0.5)`);
mkdirSync('.local/bench', { recursive: true });
writeFileSync('.local/bench/throughput.json', JSON.stringify({ pairs, concurrency, medianRatio: median, goal: 0.5 }, null, 1));
