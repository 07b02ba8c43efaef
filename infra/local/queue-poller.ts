import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { localAwsEnvironment } from './local-aws.ts';

const toRecord = (message: Message, queueArn: string): SQSRecord => ({
  messageId: message.MessageId!,
  receiptHandle: message.ReceiptHandle!,
  body: message.Body ?? '',
  attributes: message.Attributes as unknown as SQSRecord['attributes'],
  messageAttributes: Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
      name,
      { stringValue: value.StringValue, dataType: value.DataType ?? 'String', stringListValues: [], binaryListValues: [] },
    ]),
  ),
  md5OfBody: message.MD5OfBody ?? '',
  eventSource: 'aws:sqs',
  eventSourceARN: queueArn,
  awsRegion: localAwsEnvironment.AWS_REGION,
});

/**
 * Plays a Lambda SQS event source mapping: receives up to `batchSize` messages, invokes the consumer,
 * deletes what succeeded (all but the reported `batchItemFailures`; nothing if the invocation threw).
 * What failed becomes visible again after the visibility timeout, and the queue's redrive policy moves
 * it to the DLQ after maxReceiveCount receives, exactly as in AWS.
 */
export const pollQueue = (options: {
  client: SQSClient;
  queueUrl: string;
  queueArn: string;
  batchSize: number;
  idleWaitMs: number;
  /** The queue's redrive limit: a message failing its last receive goes to the DLQ next. */
  maxReceiveCount: number;
  /** Told of each message that has failed for the last time, before the queue moves it to the DLQ. */
  onLastFailure?: (messages: Message[]) => void;
  invoke: (event: SQSEvent) => Promise<unknown>;
  log: (entry: Record<string, unknown>) => void;
}) => {
  let running = true;
  const loop = async () => {
    while (running) {
      try {
        // Long polling here waits the whole time unless the batch fills, so poll short and sleep instead.
        const received = await options.client.send(
          new ReceiveMessageCommand({
            QueueUrl: options.queueUrl,
            MaxNumberOfMessages: options.batchSize,
            WaitTimeSeconds: 0,
            // Lambda always passes the system attributes; local-aws-sqs only honours the older parameter name.
            AttributeNames: ['All'],
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
        );
        const messages = received.Messages ?? [];
        if (messages.length === 0) {
          await sleep(options.idleWaitMs);
          continue;
        }
        let failed: Set<string>;
        try {
          const response = (await options.invoke({ Records: messages.map((m) => toRecord(m, options.queueArn)) })) as SQSBatchResponse | undefined;
          failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
        } catch (error) {
          const recordErrors = (error as { recordErrors?: Error[] }).recordErrors?.map((e) => `${e.message}${e.cause ? ` (${(e.cause as Error).message})` : ''}`);
          options.log({ message: 'consumer invocation failed', queueUrl: options.queueUrl, error: (error as Error).message, recordErrors });
          failed = new Set(messages.map((m) => m.MessageId!));
        }
        const lastFailures = messages.filter((m) => failed.has(m.MessageId!) && Number(m.Attributes?.ApproximateReceiveCount ?? 0) >= options.maxReceiveCount);
        if (lastFailures.length) options.onLastFailure?.(lastFailures);
        const done = messages.filter((m) => !failed.has(m.MessageId!));
        if (done.length) {
          await options.client.send(
            new DeleteMessageBatchCommand({
              QueueUrl: options.queueUrl,
              Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
            }),
          );
        }
      } catch (error) {
        if (running) options.log({ message: 'queue poll failed', queueUrl: options.queueUrl, error: (error as Error).message });
        await sleep(options.idleWaitMs);
      }
    }
  };
  const finished = loop();
  return {
    stop: async () => {
      running = false;
      await finished;
    },
  };
};
