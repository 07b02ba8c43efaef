import type { SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { redrive } from '#infra/ops/redrive.ts';

type Message = { MessageId: string; Body: string; ReceiptHandle: string };

/** A dead-letter queue and its queue in memory, answering the five SQS calls redrive makes; `refuse` names bodies the queue will not take. */
const fakeSqs = (bodies: string[], refuse: (body: string) => boolean = () => false) => {
  const dlq = new Map<string, Message>(bodies.map((body, i) => [`m${i}`, { MessageId: `m${i}`, Body: body, ReceiptHandle: `r${i}` }]));
  const hidden = new Set<string>();
  const queue: string[] = [];
  const calls: string[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: any }) => {
      const name = command.constructor.name;
      calls.push(name);
      const input = command.input;
      if (name === 'GetQueueAttributesCommand') return { Attributes: { ApproximateNumberOfMessages: String(dlq.size) } };
      if (name === 'ReceiveMessageCommand') {
        const visible = [...dlq.values()].filter((m) => !hidden.has(m.MessageId)).slice(0, input.MaxNumberOfMessages);
        for (const m of visible) hidden.add(m.MessageId);
        return { Messages: visible };
      }
      if (name === 'SendMessageBatchCommand') {
        const entries = input.Entries as { Id: string; MessageBody: string }[];
        const refused = entries.filter((e) => refuse(e.MessageBody));
        for (const e of entries) if (!refuse(e.MessageBody)) queue.push(e.MessageBody);
        return { Successful: entries.filter((e) => !refuse(e.MessageBody)).map((e) => ({ Id: e.Id })), Failed: refused.map((e) => ({ Id: e.Id, Code: 'InvalidParameterValue', Message: 'refused', SenderFault: true })) };
      }
      if (name === 'DeleteMessageBatchCommand') {
        for (const e of input.Entries as { ReceiptHandle: string }[]) for (const [id, m] of dlq) if (m.ReceiptHandle === e.ReceiptHandle) dlq.delete(id);
        return { Successful: input.Entries.map((e: { Id: string }) => ({ Id: e.Id })), Failed: [] };
      }
      throw new Error(`unexpected ${name}`);
    },
  };
  return { client: client as unknown as SQSClient, dlq, queue, calls };
};

describe('redriving a dead-letter queue', () => {
  it('moves every message back in batches of ten, deleting each only after the queue took it', async () => {
    const sqs = fakeSqs(Array.from({ length: 23 }, (_, i) => `event-${i}`));
    const report = await redrive(sqs.client, { queueUrl: 'q', deadLetterUrl: 'dlq' });
    expect(report).toMatchObject({ waiting: 23, moved: 23, failed: [] });
    expect(sqs.queue).toHaveLength(23);
    expect(sqs.dlq.size).toBe(0);
    expect(sqs.calls.filter((c) => c === 'SendMessageBatchCommand')).toHaveLength(3);
    // Every delete follows the send of its batch.
    expect(sqs.calls.indexOf('DeleteMessageBatchCommand')).toBeGreaterThan(sqs.calls.indexOf('SendMessageBatchCommand'));
  });

  it('leaves a message the queue refused in the DLQ, reported, and moves the rest', async () => {
    const sqs = fakeSqs(['good-1', 'bad', 'good-2'], (body) => body === 'bad');
    const report = await redrive(sqs.client, { queueUrl: 'q', deadLetterUrl: 'dlq' });
    expect(report.moved).toBe(2);
    expect(report.failed).toEqual([{ id: 'm1', reason: 'refused' }]);
    expect([...sqs.dlq.values()].map((m) => m.Body)).toEqual(['bad']);
    expect(sqs.queue).toEqual(['good-1', 'good-2']);
  });

  it('moves no more than --max, and never more than were waiting when it began', async () => {
    const sqs = fakeSqs(['a', 'b', 'c']);
    expect((await redrive(sqs.client, { queueUrl: 'q', deadLetterUrl: 'dlq', max: 2 })).moved).toBe(2);
    expect(sqs.dlq.size).toBe(1);
    expect((await redrive(sqs.client, { queueUrl: 'q', deadLetterUrl: 'dlq', max: 50 })).moved).toBe(1);
  });
});
