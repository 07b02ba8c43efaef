import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionEntries, type FunctionEntry } from '#infra/wiring.ts';
import type { LambdaHandler } from '#infra/local/lambda-context.ts';
import { dynamo } from '#shared/adapters/aws.ts';
import { type DomainEvent, eventTypes } from '#shared/events/catalog.ts';
import { eventConsumer } from '#shared/events/consumer.ts';
import { commit } from '#shared/store/transaction.ts';
import { eventually, startTestStack } from './support/test-stack.ts';

const run = promisify(execFile);

// A consumer that fails every delivery while it is broken, as after a bad deployment, and counts what it handled.
let broken = true;
const handled: string[] = [];
const consumer = eventConsumer({
  name: 'mended',
  events: eventTypes,
  handle: async (event) => {
    if (broken) throw new Error('mended is broken');
    handled.push(event.id);
  },
});
const spec: FunctionEntry = ['mended', { entry: 'functions/me/handler.ts', description: 'test consumer', consumes: { events: eventTypes, maxReceiveCount: 3, batchSize: 10 }, access: { idempotency: true } }];

let stack: Awaited<ReturnType<typeof startTestStack>>;
const sqs = new SQSClient({});
beforeAll(async () => {
  stack = await startTestStack({ functions: [...functionEntries, spec], handlers: { mended: consumer as unknown as LambdaHandler } });
});
afterAll(() => stack.runtime.stop());

const anEvent = (n: number): DomainEvent => ({
  id: `evt-redrive-${Date.now()}-${n}`,
  type: 'WorkingCalendarYearEntered',
  version: 1,
  tenant: '360923',
  occurredAt: new Date().toISOString(),
  actor: { kind: 'system', job: 'test' },
  subject: { kind: 'test', id: `redrive-${n}` },
  payload: { year: 2027, daysOff: 1, makeUpWorkdays: 0 },
});
const waiting = async (url: string) => {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
  return Number(Attributes?.ApproximateNumberOfMessages ?? 0) + Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0);
};
/** `npm run dlq:redrive -- …` as an operator runs it, in a process of its own. */
const redrive = (args: string[], env: Record<string, string | undefined>) => {
  const { QUEUE_URLS: _ignored, ...inherited } = process.env;
  return run('npm', ['run', '--silent', 'dlq:redrive', '--', ...args], { env: { ...inherited, ...env } });
};

describe('npm run dlq:redrive', () => {
  it('moves a failing consumer\'s dead letters back once it is mended, each handled exactly once, on the local stack and by AWS configuration alone', async () => {
    const events = [1, 2, 3].map(anEvent);
    await commit(dynamo(), stack.runtime.tables.records, [], events);
    const { url, deadLetterUrl } = stack.runtime.queues.get('mended')!;
    await eventually(async () => ((await waiting(deadLetterUrl)) === 3 ? true : undefined), 30_000);
    expect(handled).toEqual([]);

    broken = false;
    // Locally it asks the running stack where the queues are; --max moves only that many.
    const first = await redrive(['mended', '--max', '2'], { API_URL: stack.runtime.url });
    expect(first.stdout).toContain('mended: 3 waiting');
    expect(first.stdout).toContain('moved 2 back');
    await eventually(() => (handled.length === 2 ? true : undefined));
    expect(await waiting(deadLetterUrl)).toBe(1);

    // In AWS: the queues from the stack's ConsumerQueueUrls output, the endpoint and credentials from the environment.
    const second = await redrive(['mended'], { QUEUE_URLS: JSON.stringify({ mended: url }), API_URL: 'http://127.0.0.1:9' });
    expect(second.stdout).toContain('moved 1 back');
    await eventually(() => (handled.length === 3 ? true : undefined));
    expect(handled.sort()).toEqual(events.map((e) => e.id).sort());
    expect(await waiting(deadLetterUrl)).toBe(0);
  });

  it('refuses an unknown consumer and a bad --max, naming what it knows', async () => {
    await expect(redrive(['nobody'], { API_URL: stack.runtime.url })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('consumers with queues: ') });
    await expect(redrive(['mended', '--max', 'lots'], { API_URL: stack.runtime.url })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--max must be') });
  });
});
