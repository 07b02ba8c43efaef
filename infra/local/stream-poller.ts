import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { outboxMarker } from '#shared/events/outbox.ts';
import { localAwsEnvironment } from './local-aws.ts';

/** Where the stream may be resumed from in each shard: a sequence number every consumer is done with. */
export type CheckpointStore = { load(): Record<string, string>; save(checkpoints: Record<string, string>): void };


// The same filter the CDK event source mapping carries (FilterCriteria on eventName and the outbox marker).
const isOutboxInsert = (record: StreamRecord) =>
  record.eventName === 'INSERT' && record.dynamodb?.NewImage?.[outboxMarker.attribute]?.S === outboxMarker.value;

const toLambdaRecord = (record: StreamRecord, streamArn: string): DynamoDBRecord => ({
  eventID: record.eventID,
  eventName: record.eventName,
  eventVersion: record.eventVersion,
  eventSource: 'aws:dynamodb',
  awsRegion: localAwsEnvironment.AWS_REGION,
  eventSourceARN: streamArn,
  dynamodb: {
    ...(record.dynamodb as DynamoDBRecord['dynamodb']),
    ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
      ? Math.floor(record.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
      : undefined,
  },
});

/**
 * Plays the DynamoDB stream event source mapping of the outbox forwarder: reads every shard in order,
 * passes outbox inserts to the function, and moves a shard's position only past records the function
 * handled. It starts from the stored checkpoint; storing a position is left to the caller, which knows
 * when the events before it have been consumed, not only forwarded (see settled-checkpoint.ts).
 */
export const pollStream = (options: {
  client: DynamoDBStreamsClient;
  streamArn: string;
  startFrom: Record<string, string>;
  batchSize: number;
  idleWaitMs: number;
  invoke: (event: DynamoDBStreamEvent) => Promise<unknown>;
  log: (entry: Record<string, unknown>) => void;
}) => {
  let running = true;
  const checkpoints = { ...options.startFrom };
  const iterators = new Map<string, string | undefined>();
  const closed = new Set<string>();

  const iteratorFor = async (shardId: string) => {
    const after = checkpoints[`${options.streamArn}#${shardId}`];
    const { ShardIterator } = await options.client.send(
      new GetShardIteratorCommand({
        StreamArn: options.streamArn,
        ShardId: shardId,
        ShardIteratorType: after ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
        SequenceNumber: after,
      }),
    );
    return ShardIterator;
  };

  const pollShard = async (shardId: string): Promise<boolean> => {
    const iterator = iterators.get(shardId) ?? (await iteratorFor(shardId));
    if (!iterator) return false;
    const page = await options.client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: options.batchSize }));
    const records = page.Records ?? [];
    const wanted = records.filter(isOutboxInsert);
    let handledUpTo = records.length;
    if (wanted.length) {
      let failedAt: string | undefined;
      try {
        const response = (await options.invoke({ Records: wanted.map((r) => toLambdaRecord(r, options.streamArn)) })) as DynamoDBBatchResponse | undefined;
        failedAt = response?.batchItemFailures?.[0]?.itemIdentifier;
      } catch (error) {
        options.log({ message: 'forwarder invocation failed', error: (error as Error).message });
        failedAt = wanted[0]!.dynamodb!.SequenceNumber;
      }
      if (failedAt) handledUpTo = records.findIndex((r) => r.dynamodb?.SequenceNumber === failedAt);
    }
    const lastHandled = records[handledUpTo - 1]?.dynamodb?.SequenceNumber;
    if (lastHandled) checkpoints[`${options.streamArn}#${shardId}`] = lastHandled;
    if (handledUpTo < records.length) {
      iterators.delete(shardId); // retry from the checkpoint, like Lambda retrying the batch
      return false;
    }
    if (!page.NextShardIterator) closed.add(shardId);
    iterators.set(shardId, page.NextShardIterator);
    return records.length > 0;
  };

  const loop = async () => {
    while (running) {
      let busy = false;
      try {
        const { StreamDescription } = await options.client.send(new DescribeStreamCommand({ StreamArn: options.streamArn }));
        // Parents before children, so records of a key stay in order across shard splits.
        for (const shard of StreamDescription?.Shards ?? []) {
          if (!running || closed.has(shard.ShardId!)) continue;
          busy = (await pollShard(shard.ShardId!)) || busy;
        }
      } catch (error) {
        if (running) options.log({ message: 'stream poll failed', error: (error as Error).message });
      }
      if (!busy) await sleep(options.idleWaitMs);
    }
  };
  const finished = loop();
  return {
    /** How far the forwarder has got: every outbox record up to here is in its queues. */
    position: () => ({ ...checkpoints }),
    stop: async () => {
      running = false;
      await finished;
    },
  };
};
