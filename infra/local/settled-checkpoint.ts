import { GetQueueAttributesCommand, type Message, SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProvisionedQueue } from './provision.ts';
import type { CheckpointStore } from './stream-poller.ts';

/** A message the queue is about to dead-letter, kept so that a restart can put it back in the DLQ. */
export type DeadLetter = { consumer: string; body: string; attributes?: Message['MessageAttributes'] };
export type DeadLetterStore = { load(): DeadLetter[]; save(letters: DeadLetter[]): void };

const pending = async (sqs: SQSClient, url: string) => {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    }),
  );
  return Object.values(Attributes).reduce((n, value) => n + Number(value), 0);
};

/**
 * Makes the in-memory local queues safe against a crash of the process, without persisting them.
 * Every queued message came from an outbox record (the forwarder is the only sender), so the stream
 * is the durable copy: the stored checkpoint moves to the forwarder's position only at a moment when
 * every consumer queue is empty, i.e. when every event up to there has been consumed. After a crash the
 * stream is read again from that checkpoint and the queues refill; consumers are idempotent, so events
 * seen twice count once. Dead letters outlive the events' trip through the stream, so they are kept
 * in their own small journal and put back into their DLQs on start.
 */
export const keepSettledCheckpoint = (options: {
  sqs: SQSClient;
  queues: Map<string, ProvisionedQueue>;
  /** Where the forwarder has got to, or nothing while it is stopped. */
  position: () => Record<string, string> | undefined;
  checkpoints: CheckpointStore;
  deadLetters: DeadLetterStore;
  everyMs: number;
  log: (entry: Record<string, unknown>) => void;
}) => {
  let letters = options.deadLetters.load();
  let saved = JSON.stringify(options.checkpoints.load());

  const settle = async () => {
    // Read the position before the queues: events forwarded meanwhile lie beyond it and are read again.
    const position = options.position();
    const depths = await Promise.all([...options.queues].map(async ([consumer, q]) => ({ consumer, main: await pending(options.sqs, q.url), dead: await pending(options.sqs, q.deadLetterUrl) })));
    if (depths.some((d) => d.main > 0)) return;
    // An empty DLQ has been read or redriven by an operator: its journal entries are done with.
    const emptied = new Set(depths.filter((d) => d.dead === 0).map((d) => d.consumer));
    if (letters.some((l) => emptied.has(l.consumer))) {
      letters = letters.filter((l) => !emptied.has(l.consumer));
      options.deadLetters.save(letters);
    }
    if (position && JSON.stringify(position) !== saved) {
      options.checkpoints.save(position);
      saved = JSON.stringify(position);
    }
  };

  let running = true;
  const loop = (async () => {
    while (running) {
      await sleep(options.everyMs);
      if (running) await settle().catch((error: Error) => options.log({ message: 'settling the stream checkpoint failed', error: error.message }));
    }
  })();

  return {
    /** Puts the journalled dead letters back into their DLQs (the queues are new after a restart). */
    restoreDeadLetters: async () => {
      for (const [consumer, queue] of options.queues) {
        const mine = letters.filter((l) => l.consumer === consumer);
        for (let i = 0; i < mine.length; i += 10) {
          await options.sqs.send(
            new SendMessageBatchCommand({
              QueueUrl: queue.deadLetterUrl,
              Entries: mine.slice(i, i + 10).map((l, n) => ({ Id: String(n), MessageBody: l.body, MessageAttributes: l.attributes })),
            }),
          );
        }
      }
      if (letters.length) options.log({ message: 'dead letters restored', count: letters.length });
    },
    recordDeadLetters: (consumer: string, messages: Message[]) => {
      letters = [...letters, ...messages.map((m) => ({ consumer, body: m.Body ?? '', attributes: m.MessageAttributes }))];
      options.deadLetters.save(letters);
    },
    stop: async () => {
      running = false;
      await loop;
    },
  };
};
