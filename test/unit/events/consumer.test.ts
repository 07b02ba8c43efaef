import type { Context, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { EventOf } from '#shared/events/catalog.ts';
import { eventConsumer } from '#shared/events/consumer.ts';

type YearEntered = EventOf<'WorkingCalendarYearEntered'>;
const event = (id: string, year = 2027): YearEntered => ({
  id,
  type: 'WorkingCalendarYearEntered',
  version: 1,
  tenant: '360923',
  occurredAt: '2026-11-27T09:00:00+08:00',
  actor: { kind: 'user', id: 'dev-admin', organisation: 'bureau', roles: ['admin'] },
  subject: { kind: 'working-calendar', id: String(year) },
  payload: { year, daysOff: 28, makeUpWorkdays: 6 },
});
const batch = (...bodies: string[]): SQSEvent => ({ Records: bodies.map((body, i) => ({ messageId: `m${i}`, body }) as SQSEvent['Records'][number]) });
const context = { functionName: 'test', awsRequestId: 'r', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

/** A consumer that handles batches together, refusing any batch (and any event) of a year before 2000. */
const batchConsumer = () => {
  const together: string[][] = [];
  const alone: string[] = [];
  const handler = eventConsumer({
    name: 'test',
    events: ['WorkingCalendarYearEntered'],
    idempotency: 'by-the-handler',
    handleBatch: async (events) => {
      if (events.some((e) => e.payload.year < 2000)) throw new Error('refused');
      together.push(events.map((e) => e.id));
    },
    handle: async (e) => {
      if (e.payload.year < 2000) throw new Error('refused');
      alone.push(e.id);
    },
  });
  return { together, alone, handle: (sqsEvent: SQSEvent) => handler(sqsEvent, context) };
};

describe('an event consumer that handles batches together', () => {
  it('hands the readable events to the batch handler at once, in order; an unreadable message fails alone', async () => {
    const consumer = batchConsumer();
    const answer = await consumer.handle(batch(JSON.stringify(event('a')), '{not json', JSON.stringify(event('b'))));
    expect(consumer.together).toEqual([['a', 'b']]);
    expect(consumer.alone).toEqual([]);
    expect(answer.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
  });

  it('handles each event on its own when the batch fails, so only the one at fault fails', async () => {
    const consumer = batchConsumer();
    const answer = await consumer.handle(batch(JSON.stringify(event('a')), JSON.stringify(event('old', 1999)), JSON.stringify(event('b'))));
    expect(consumer.together).toEqual([]);
    expect(consumer.alone).toEqual(['a', 'b']);
    expect(answer.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
  });

  it('is refused for a consumer that relies on remembering events', () => {
    expect(() => eventConsumer({ name: 'test', events: ['WorkingCalendarYearEntered'], handleBatch: async () => undefined, handle: async () => undefined })).toThrow(/idempotent/);
  });
});
