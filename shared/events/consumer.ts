import { BatchProcessor, EventType as SourceType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { parser } from '@aws-lambda-powertools/batch/parser';
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
 * or redelivered message has no second effect.
 */
export const eventConsumer = <T extends EventType>(spec: {
  name: string;
  events: readonly T[];
  handle: (event: EventOf<T>) => Promise<void>;
}) => {
  const config = new IdempotencyConfig({ eventKeyJmesPath: 'id', expiresAfterSeconds: rememberHandledEventsForSeconds });
  const processor = new BatchProcessor(SourceType.SQS, { parser, innerSchema: eventsOf(spec.events), transformer: 'json', logger });
  // Built on first use, so the table name is read from the environment the function runs in.
  let handleOnce: ((event: EventOf<T>) => Promise<unknown>) | undefined;
  const idempotent = () =>
    (handleOnce ??= makeIdempotent(
      async (event: EventOf<T>) => {
        await spec.handle(event);
        metrics.addMetric('EventsHandled', MetricUnit.Count, 1);
        return { handled: event.id };
      },
      {
        persistenceStore: new DynamoDBPersistenceLayer({ tableName: env.idempotencyTable(), awsSdkV3Client: dynamoRaw() }),
        config,
        keyPrefix: spec.name,
      },
    ));

  return middy(async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    config.registerLambdaContext(context);
    return processPartialResponse(event, (record: { body: EventOf<T> }) => idempotent()(record.body), processor, {
      context,
    });
  })
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics));
};
