import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { localAwsEnvironment } from '#infra/local/local-aws.ts';
import type { ProvisionedQueue } from '#infra/local/provision.ts';
import { type DeadLetter, keepSettledCheckpoint } from '#infra/local/settled-checkpoint.ts';
import { eventually, memoryCheckpoints } from './support/test-stack.ts';

const sqs = new SQSClient({ endpoint: inject('services').sqsEndpoint, region: localAwsEnvironment.AWS_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
afterAll(() => sqs.destroy());

/** A consumer's queue and DLQ, new each time, as after a restart of the in-memory SQS server. */
const newQueues = async (consumer: string) => {
  const suffix = randomBytes(4).toString('hex');
  const create = async (name: string) => (await sqs.send(new CreateQueueCommand({ QueueName: `${name}-${suffix}` }))).QueueUrl!;
  const queue: ProvisionedQueue = { url: await create(consumer), arn: '', deadLetterUrl: await create(`${consumer}-dlq`), visibilityTimeoutSeconds: 30 };
  return new Map([[consumer, queue]]);
};
const memoryLetters = () => {
  const store = { letters: [] as DeadLetter[], load: () => store.letters, save: (next: DeadLetter[]) => void (store.letters = next) };
  return store;
};
const drain = async (url: string) => {
  const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }));
  for (const m of Messages) await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle! }));
  return Messages.map((m) => m.Body);
};

describe('the settled stream checkpoint of the local runtime', () => {
  it('moves to the forwarder position only while every consumer queue is empty', async () => {
    const queues = await newQueues('reporting');
    const checkpoints = memoryCheckpoints();
    let position = { shard: '7' };
    const settler = keepSettledCheckpoint({ sqs, queues, position: () => position, checkpoints, deadLetters: memoryLetters(), everyMs: 50, log: () => undefined });
    try {
      await eventually(() => (checkpoints.current.shard === '7' ? true : undefined));

      await sqs.send(new SendMessageCommand({ QueueUrl: queues.get('reporting')!.url, MessageBody: 'event 8' }));
      position = { shard: '8' };
      await sleep(400); // many settle rounds: event 8 is queued, not consumed
      expect(checkpoints.current).toEqual({ shard: '7' });

      expect(await drain(queues.get('reporting')!.url)).toEqual(['event 8']);
      await eventually(() => (checkpoints.current.shard === '8' ? true : undefined));
    } finally {
      await settler.stop();
    }
  });

  it('keeps dead letters across a restart and forgets them once their DLQ has been emptied', async () => {
    const deadLetters = memoryLetters();
    const before = await newQueues('notifier');
    const first = keepSettledCheckpoint({ sqs, queues: before, position: () => undefined, checkpoints: memoryCheckpoints(), deadLetters, everyMs: 50, log: () => undefined });
    first.recordDeadLetters('notifier', [{ Body: '{"id":"evt-1"}', MessageAttributes: { type: { DataType: 'String', StringValue: 'ReminderDigestComposed' } } }]);
    await first.stop();
    expect(deadLetters.letters).toHaveLength(1);

    const after = await newQueues('notifier');
    const second = keepSettledCheckpoint({ sqs, queues: after, position: () => undefined, checkpoints: memoryCheckpoints(), deadLetters, everyMs: 50, log: () => undefined });
    try {
      await second.restoreDeadLetters();
      await sleep(300);
      expect(deadLetters.letters).toHaveLength(1); // still in the DLQ: still journalled
      expect(await drain(after.get('notifier')!.deadLetterUrl)).toEqual(['{"id":"evt-1"}']);
      await eventually(() => (deadLetters.letters.length === 0 ? true : undefined));
    } finally {
      await second.stop();
    }
  });
});
