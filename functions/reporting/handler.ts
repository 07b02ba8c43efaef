import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { eventConsumer } from '#shared/events/consumer.ts';
import { aggregator, reportedEvents } from '#shared/reporting/aggregator.ts';

const aggregates = aggregator(dynamo(), env.recordsTable());

/** Keeps the report aggregates up to date: each event moves the counters once, in any arrival order. */
export const handler = eventConsumer({
  name: 'reporting',
  events: reportedEvents,
  // A duplicate or older event changes no fact and so moves no counter: no event memory needed.
  idempotency: 'by-the-handler',
  // A batch's events are read and written in one transaction where they fit, rather than one each.
  handleBatch: async (events) => {
    await aggregates.applyAll(events);
  },
  handle: async (event) => {
    await aggregates.apply(event);
  },
});
