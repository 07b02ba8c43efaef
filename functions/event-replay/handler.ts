import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { dynamo, sqs } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { outboxEventsBetween, ReplayRequest } from '#shared/events/replay.ts';
import { logger } from '#shared/observability.ts';
import { parseRequest } from '#shared/operator-request.ts';

/** Leaves time to answer with `next` before the function's timeout. */
const reserveMs = 60_000;

/**
 * Operator tool: re-sends the outbox events of a time range to one consumer's queue, only the types it
 * subscribes to. Answers `next` when the range is not done yet; invoke again with it as `cursor`.
 */
export const handler = middy(async (input: unknown, context: Context) => {
  const request = parseRequest(ReplayRequest, input);
  const queueUrls = env.queueUrls();
  const queueUrl = queueUrls[request.consumer];
  if (!queueUrl) throw new Error(`consumer: no consumer named ${request.consumer}; known: ${Object.keys(queueUrls).join(', ')}`);
  const subscribed = new Set(Object.entries(env.eventRoutes()).flatMap(([type, urls]) => (urls.includes(queueUrl) ? [type] : [])));

  let cursor = request.cursor;
  let [scanned, sent] = [0, 0];
  do {
    const page = await outboxEventsBetween(dynamo(), env.recordsTable(), { ...request, cursor });
    const events = page.events.filter((event) => subscribed.has(event.type));
    for (let i = 0; i < events.length; i += 10) {
      const batch = events.slice(i, i + 10);
      const answer = await sqs().send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: batch.map((event, n) => ({ Id: String(n), MessageBody: JSON.stringify(event), MessageAttributes: { type: { DataType: 'String', StringValue: event.type } } })),
        }),
      );
      if (answer.Failed?.length) throw new Error(`queue refused ${answer.Failed.length} events: ${answer.Failed[0]!.Message}`);
    }
    [scanned, sent, cursor] = [scanned + page.scanned, sent + events.length, page.next];
  } while (cursor && context.getRemainingTimeInMillis() > reserveMs);

  const outcome = { consumer: request.consumer, from: request.from, to: request.to, tenant: request.tenant, scanned, sent, next: cursor };
  logger.info('events replayed', outcome);
  return outcome;
}).use(injectLambdaContext(logger, { resetKeys: true }));
