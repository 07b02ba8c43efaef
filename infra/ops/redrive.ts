import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SendMessageBatchCommandInput,
  type SendMessageBatchCommandOutput,
  type SQSClient,
} from '@aws-sdk/client-sqs';

type Entry = NonNullable<SendMessageBatchCommandInput['Entries']>[number];

/** One batch; when ten messages together exceed the batch size limit, one by one. */
const sendBatch = async (sqs: SQSClient, queueUrl: string, entries: Entry[]): Promise<Pick<SendMessageBatchCommandOutput, 'Successful' | 'Failed'>> => {
  try {
    return await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
  } catch (error) {
    if ((error as Error).name !== 'BatchRequestTooLong' || entries.length === 1) throw error;
    const parts = await Promise.all(entries.map((entry) => sendBatch(sqs, queueUrl, [entry])));
    return { Successful: parts.flatMap((p) => p.Successful ?? []), Failed: parts.flatMap((p) => p.Failed ?? []) };
  }
};

export type RedriveReport = { from: string; to: string; waiting: number; moved: number; failed: { id: string; reason: string }[] };

/** How long a received dead letter stays hidden while it is sent and deleted: far longer than one batch takes. */
const holdSeconds = 120;

/** The dead-letter queue a queue's RedrivePolicy names, as a URL (the same account and region as the queue). */
export const deadLetterQueueOf = async (sqs: SQSClient, queueUrl: string): Promise<string> => {
  const { Attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['RedrivePolicy'] }));
  if (!Attributes.RedrivePolicy) throw new Error(`${queueUrl} has no dead-letter queue (no RedrivePolicy)`);
  const arn = (JSON.parse(Attributes.RedrivePolicy) as { deadLetterTargetArn: string }).deadLetterTargetArn;
  const [, , , , account, name] = arn.split(':');
  const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: name, QueueOwnerAWSAccountId: account }));
  return QueueUrl!;
};

/**
 * Moves up to `max` messages (the DLQ's count when it started, unless told fewer) from a dead-letter queue back
 * to its queue, ten at a time, for SQS where its own redrive is not offered (the China regions). A message is
 * deleted from the DLQ only after the queue accepted it: an interruption before the delete leaves it in both,
 * and the consumer's idempotency absorbs the second delivery; one before the send leaves it in the DLQ, visible
 * again after `holdSeconds`. Nothing is lost. Counting from the start keeps messages that fail again and return
 * to the DLQ during the run from being moved round in circles.
 */
export const redrive = async (sqs: SQSClient, options: { queueUrl: string; deadLetterUrl: string; max?: number }): Promise<RedriveReport> => {
  const { queueUrl, deadLetterUrl } = options;
  const { Attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: deadLetterUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
  const waiting = Number(Attributes.ApproximateNumberOfMessages ?? 0);
  const limit = Math.min(options.max ?? waiting, waiting);
  const report: RedriveReport = { from: deadLetterUrl, to: queueUrl, waiting, moved: 0, failed: [] };
  while (report.moved + report.failed.length < limit) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: deadLetterUrl,
        MaxNumberOfMessages: Math.min(10, limit - report.moved - report.failed.length),
        VisibilityTimeout: holdSeconds,
        // Long polling asks every SQS server: an empty answer means the DLQ is empty, not that a sample was.
        WaitTimeSeconds: 2,
        MessageAttributeNames: ['All'],
      }),
    );
    if (!Messages.length) break;
    const sent = await sendBatch(sqs, queueUrl, Messages.map((message, i) => ({ Id: String(i), MessageBody: message.Body ?? '', MessageAttributes: message.MessageAttributes })));
    for (const failure of sent.Failed ?? []) report.failed.push({ id: Messages[Number(failure.Id)]!.MessageId ?? failure.Id!, reason: failure.Message ?? failure.Code ?? 'refused' });
    const accepted = (sent.Successful ?? []).map((entry) => Messages[Number(entry.Id)]!);
    if (accepted.length) {
      const deleted = await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: deadLetterUrl, Entries: accepted.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })) }));
      // Sent but not deleted: it comes back to the DLQ and may be moved again; the consumer counts it once.
      for (const failure of deleted.Failed ?? []) report.failed.push({ id: accepted[Number(failure.Id)]!.MessageId ?? failure.Id!, reason: `moved, but still in the DLQ: ${failure.Message ?? failure.Code}` });
      report.moved += accepted.length - (deleted.Failed?.length ?? 0);
    }
  }
  return report;
};
