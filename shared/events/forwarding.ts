import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DomainEvent } from './catalog.ts';

export type Delivery = { queueUrl: string; event: DomainEvent };

/** Reads the event out of an outbox row's new image; a row that is not a valid event is an error, not a skip. */
export const eventFromOutboxImage = (image: Record<string, unknown> | undefined): DomainEvent => {
  if (!image) throw new Error('stream record has no new image: the stream must carry NEW_IMAGE');
  const row = unmarshall(image as Record<string, AttributeValue>);
  return DomainEvent.parse(row.event);
};

/** One delivery per subscribed queue; an event nobody subscribes to goes nowhere. */
export const deliveriesFor = (event: DomainEvent, routes: Record<string, string[]>): Delivery[] =>
  (routes[event.type] ?? []).map((queueUrl) => ({ queueUrl, event }));
