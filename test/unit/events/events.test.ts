import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { DomainEvent, eventsOf } from '#shared/events/catalog.ts';
import { deliveriesFor, eventFromOutboxImage } from '#shared/events/forwarding.ts';
import { outboxPut } from '#shared/events/outbox.ts';

const event = {
  id: '01JCALENDAR',
  type: 'WorkingCalendarYearEntered',
  version: 1,
  tenant: '360923',
  occurredAt: '2026-11-27T09:00:00+08:00',
  actor: { kind: 'user', id: 'dev-admin', organisation: 'bureau', roles: ['admin'] },
  subject: { kind: 'working-calendar', id: '2027' },
  payload: { year: 2027, daysOff: 28, makeUpWorkdays: 6 },
} as const;

describe('domain events', () => {
  it('accept an envelope whose payload matches its type', () => {
    expect(DomainEvent.parse(event)).toEqual(event);
  });

  it('reject an unknown type, a wrong version, a bad tenant or a payload of another shape', () => {
    for (const bad of [
      { ...event, type: 'SomethingElse' },
      { ...event, version: 2 },
      { ...event, tenant: 'x' },
      { ...event, payload: { year: '2027' } },
    ]) {
      expect(DomainEvent.safeParse(bad).success).toBe(false);
    }
  });

  it('let a consumer parse only the types it subscribed to', () => {
    expect(eventsOf(['WorkingCalendarYearEntered']).safeParse(event).success).toBe(true);
    expect(eventsOf(['WorkingCalendarExpiring']).safeParse(event).success).toBe(false);
  });

  it('are written to the outbox under the tenant, only once per id, and read back from the stream image', () => {
    const put = outboxPut('records', DomainEvent.parse(event)).Put!;
    expect(put.Item).toMatchObject({ pk: 'T#360923#EVENT#01JCALENDAR', kind: 'event', event });
    expect(put.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(eventFromOutboxImage(marshall(put.Item) as never)).toEqual(event);
  });

  it('are routed to every subscribed queue and nowhere else', () => {
    const parsed = DomainEvent.parse(event);
    const routes = { WorkingCalendarYearEntered: ['q1', 'q2'], WorkingCalendarExpiring: ['q3'] };
    expect(deliveriesFor(parsed, routes).map((d) => d.queueUrl)).toEqual(['q1', 'q2']);
    expect(deliveriesFor(parsed, {})).toEqual([]);
  });
});
