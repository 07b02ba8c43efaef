import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { sqs } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { deliveriesFor, eventFromOutboxImage } from '#shared/events/forwarding.ts';
import { logger, metrics } from '#shared/observability.ts';

const routes = env.eventRoutes();
// Stream records of one shard must be forwarded in order, so no parallel processing here.
const processor = new BatchProcessor(EventType.DynamoDBStreams);

const forward = async (record: DynamoDBRecord) => {
  const event = eventFromOutboxImage(record.dynamodb?.NewImage);
  const deliveries = deliveriesFor(event, routes);
  await Promise.all(
    deliveries.map(({ queueUrl }) =>
      sqs().send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: JSON.stringify(event),
          MessageAttributes: { type: { DataType: 'String', StringValue: event.type } },
        }),
      ),
    ),
  );
  metrics.addMetric('EventDeliveries', MetricUnit.Count, deliveries.length);
  logger.debug('event forwarded', { eventId: event.id, type: event.type, queues: deliveries.length });
};

export const handler = middy((event: DynamoDBStreamEvent, context: Context) =>
  processPartialResponse(event, forward, processor, { context, processInParallel: false }),
)
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
