import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { eventConsumer } from '#shared/events/consumer.ts';
import { aggregator, reportedEvents } from '#shared/reporting/aggregator.ts';

const aggregates = aggregator(dynamo(), env.recordsTable());

/** Keeps the report aggregates up to date: each event moves the counters once, in any arrival order. */
export const handler = eventConsumer({
  name: 'reporting',
  events: reportedEvents,
  // A duplicate or older event changes no fact and so moves no counter: one write per event, no event memory.
  idempotency: 'by-the-handler',
  handle: async (event) => {
    await aggregates.apply(event);
  },
});
