import { BatchProcessor, EventType as SourceType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { dynamoRaw } from '../adapters/aws.ts';
import { env } from '../config.ts';
import { logger, metrics } from '../observability.ts';
import { type EventOf, type EventType, eventsOf } from './catalog.ts';

/** Long enough to outlive any redelivery: SQS keeps a message at most 14 days. */
const rememberHandledEventsForSeconds = 15 * 24 * 3600;

/**
 * An SQS consumer of domain events. Each record is parsed against the schemas of the events the
 * consumer subscribed to; a bad record fails alone (partial batch response) and goes to the DLQ
 * after its retries. Each event is handled at most once per consumer, by event id, so a duplicated
 * or redelivered message has no second effect (unless the handler guarantees that itself: `idempotency`).
 */
export const eventConsumer = <T extends EventType>(spec: {
  name: string;
  events: readonly T[];
  handle: (event: EventOf<T>) => Promise<void>;
  /**
   * `by-event-id` (default): each event is handled at most once, remembered in the idempotency table (two
   * writes per event). `by-the-handler`: the handler is itself idempotent and order-independent, as the
   * report aggregates are by their fact versions, so remembering events would only double its writes.
   */
  idempotency?: 'by-event-id' | 'by-the-handler';
  /**
   * Handles a whole batch's readable events at once (in arrival order), for a handler that can write them together.
   * Only with `by-the-handler`: if it fails, each event is handled alone by `handle`, so only the one at fault fails.
   */
  handleBatch?: (events: EventOf<T>[]) => Promise<void>;
}) => {
  if (spec.handleBatch && spec.idempotency !== 'by-the-handler') throw new Error(`${spec.name}: a batch handler must be idempotent itself`);
  const config = new IdempotencyConfig({ eventKeyJmesPath: 'id', expiresAfterSeconds: rememberHandledEventsForSeconds });
  // Each body is parsed here rather than by Powertools' parser integration: that one imports zod's whole
  // namespace, all forty locales with it, into every consumer's bundle (264 kB) for one JSON.parse and one schema.
  const schema = eventsOf(spec.events);
  const processor = new BatchProcessor(SourceType.SQS);
  const readEvent = (record: { messageId: string; body: string }): EventOf<T> => {
    try {
      return schema.parse(JSON.parse(record.body)) as EventOf<T>;
    } catch (error) {
      // It fails alone and, after its retries, waits in the DLQ: say which message and why.
      logger.error('unreadable event message', { messageId: record.messageId, error: error as Error });
      throw error;
    }
  };
  const handleAndCount = async (event: EventOf<T>) => {
    await spec.handle(event);
    metrics.addMetric('EventsHandled', MetricUnit.Count, 1);
    return { handled: event.id };
  };
  // Built on first use, so the table name is read from the environment the function runs in.
  let handleOnce: ((event: EventOf<T>) => Promise<unknown>) | undefined;
  const idempotent = () =>
    (handleOnce ??= makeIdempotent(
      handleAndCount,
      {
        persistenceStore: new DynamoDBPersistenceLayer({ tableName: env.idempotencyTable(), awsSdkV3Client: dynamoRaw() }),
        config,
        keyPrefix: spec.name,
      },
    ));

  const handleRecord = spec.idempotency === 'by-the-handler' ? handleAndCount : (event: EventOf<T>) => idempotent()(event);

  /** The batch's readable events handled together; those that are not fail alone, as when handled one by one. */
  const handleTogether = async (event: SQSEvent) => {
    const readable = new Map<string, EventOf<T>>();
    const unreadable = new Map<string, unknown>();
    for (const record of event.Records) {
      try {
        readable.set(record.messageId, readEvent(record));
      } catch (error) {
        unreadable.set(record.messageId, error);
      }
    }
    let together = false;
    try {
      if (readable.size) await spec.handleBatch!([...readable.values()]);
      metrics.addMetric('EventsHandled', MetricUnit.Count, readable.size);
      together = true;
    } catch (error) {
      logger.warn('batch not handled together: each event on its own', { error: error as Error, events: readable.size });
    }
    return (record: { messageId: string }) => {
      const one = readable.get(record.messageId);
      if (!one) throw unreadable.get(record.messageId);
      return together ? { handled: one.id } : handleAndCount(one);
    };
  };

  return middy(async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    config.registerLambdaContext(context);
    const handle = spec.handleBatch ? await handleTogether(event) : (record: { messageId: string; body: string }) => handleRecord(readEvent(record));
    return processPartialResponse(event, handle, processor, { context });
  })
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics));
};
