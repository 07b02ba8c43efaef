import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LambdaHandler } from '#infra/local/lambda-context.ts';
import { dynamo } from '#shared/adapters/aws.ts';
import type { DomainEvent } from '#shared/events/catalog.ts';
import { TransactionRefused, commit } from '#shared/store/transaction.ts';
import { tenantKey } from '#shared/tenancy/tenant.ts';
import { probeConsumer, probeMaxReceiveCount } from './support/probe-consumer.ts';
import { eventually, memoryCheckpoints, startTestStack } from './support/test-stack.ts';

let counter = 0;
const anEvent = (subjectId: string): DomainEvent => ({
  id: `evt-${Date.now()}-${(counter += 1)}`,
  type: 'WorkingCalendarYearEntered',
  version: 1,
  tenant: '360923',
  occurredAt: new Date().toISOString(),
  actor: { kind: 'system', job: 'test' },
  subject: { kind: 'test', id: subjectId },
  payload: { year: 2027, daysOff: 1, makeUpWorkdays: 0 },
});
const aRecord = (table: string, id: string) => ({ Put: { TableName: table, Item: { pk: tenantKey('360923', 'TEST'), sk: id, value: 1 }, ConditionExpression: 'attribute_not_exists(pk)' } });

const probe = probeConsumer();
const checkpoints = memoryCheckpoints();
let forwarderAlive = true;
let stack: Awaited<ReturnType<typeof startTestStack>>;
let sqs: SQSClient;

beforeAll(async () => {
  stack = await startTestStack({
    functions: probe.functions,
    handlers: probe.handlers,
    checkpoints,
    // A forwarder that "dies" between the table write and the queue send.
    wrap: (name, handler): LambdaHandler =>
      name === 'event-forwarder'
        ? async (event, context) => {
            if (!forwarderAlive) throw new Error('forwarder process died');
            return handler(event, context);
          }
        : handler,
  });
  sqs = new SQSClient({});
});
afterAll(() => stack.runtime.stop());

const handledCount = (id: string) => probe.handled.filter((e) => e.id === id).length;
const probeQueue = () => stack.runtime.queues.get('probe')!;
const deadLetters = async () => {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: probeQueue().deadLetterUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
  );
  return Number(Attributes?.ApproximateNumberOfMessages ?? 0);
};

describe('event pipeline: outbox → stream → forwarder → queue → consumer', () => {
  it('delivers an event written with its record to the consumer exactly once', async () => {
    const event = anEvent('once');
    await commit(dynamo(), stack.runtime.tables.records, [aRecord(stack.runtime.tables.records, event.id)], [event]);
    await eventually(() => (handledCount(event.id) > 0 ? true : undefined));
    await sleep(1500); // longer than the visibility timeout: a second delivery would have happened by now
    expect(handledCount(event.id)).toBe(1);
  });

  it('writes neither the record nor the event when the transaction is refused', async () => {
    const event = anEvent('refused');
    const table = stack.runtime.tables.records;
    await commit(dynamo(), table, [aRecord(table, 'existing')], []);
    await expect(commit(dynamo(), table, [aRecord(table, 'existing')], [event])).rejects.toBeInstanceOf(TransactionRefused);
    const outbox = await dynamo().send(new GetCommand({ TableName: table, Key: { pk: tenantKey('360923', 'EVENT', event.id), sk: 'EVENT' } }));
    expect(outbox.Item).toBeUndefined();
  });

  it('has no second effect when the same event is delivered twice', async () => {
    const event = anEvent('duplicate');
    const body = JSON.stringify(event);
    await sqs.send(new SendMessageCommand({ QueueUrl: probeQueue().url, MessageBody: body }));
    await sqs.send(new SendMessageCommand({ QueueUrl: probeQueue().url, MessageBody: body }));
    await eventually(() => (handledCount(event.id) > 0 ? true : undefined));
    await sleep(1500);
    expect(handledCount(event.id)).toBe(1);
  });

  it('retries a failing consumer and moves the message to the DLQ after maxReceiveCount', async () => {
    const before = await deadLetters();
    const event = anEvent('fail-always');
    await commit(dynamo(), stack.runtime.tables.records, [], [event]);
    await eventually(async () => ((await deadLetters()) > before ? true : undefined), 30_000);
    expect(probe.attempts.get(event.id)).toBe(probeMaxReceiveCount);
    expect(handledCount(event.id)).toBe(0);
  });

  it('fails a malformed message alone, not the batch it came in', async () => {
    const good = anEvent('batch-good');
    const wrongShape = { ...anEvent('batch-wrong'), payload: { year: 'next' } };
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: probeQueue().url,
        Entries: [
          { Id: 'good', MessageBody: JSON.stringify(good) },
          { Id: 'not-json', MessageBody: '{"id": ' },
          { Id: 'wrong-shape', MessageBody: JSON.stringify(wrongShape) },
        ],
      }),
    );
    await eventually(() => (handledCount(good.id) === 1 ? true : undefined));
    const dlq = await eventually(async () => {
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: probeQueue().deadLetterUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 30 }));
      const bodies = (Messages ?? []).map((m) => m.Body);
      return bodies.includes('{"id": ') && bodies.includes(JSON.stringify(wrongShape)) ? bodies : undefined;
    }, 30_000);
    expect(dlq).not.toContain(JSON.stringify(good));
    expect(handledCount(good.id)).toBe(1);
  });

  it('still delivers an event when the forwarder died after the write and before the send', async () => {
    forwarderAlive = false;
    const event = anEvent('forwarder-crash');
    await commit(dynamo(), stack.runtime.tables.records, [aRecord(stack.runtime.tables.records, event.id)], [event]);
    await sleep(1000); // the stream poller tries, the forwarder dies, the checkpoint stays put
    const checkpointWhileDead = JSON.stringify(checkpoints.current);
    await stack.runtime.stopStream(); // the process is gone
    expect(handledCount(event.id)).toBe(0);

    forwarderAlive = true;
    stack.runtime.startStream(); // restart: resumes from the stored checkpoint
    await eventually(() => (handledCount(event.id) > 0 ? true : undefined));
    await sleep(1500);
    expect(handledCount(event.id)).toBe(1);
    expect(JSON.stringify(checkpoints.current)).not.toBe(checkpointWhileDead);
  });
});
