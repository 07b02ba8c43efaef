import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { tenantKey } from '../tenancy/tenant.ts';
import type { DomainEvent } from './catalog.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Outbox rows are the event log too; they expire after a year, long after every consumer has them. */
const outboxRetentionSeconds = 366 * 24 * 3600;

export const auditKey = (tenant: string, subject: { kind: string; id: string }) => tenantKey(tenant, 'AUDIT', subject.kind, subject.id);

/** The attribute the stream filter matches to pick outbox rows out of all changes. */
export const outboxMarker = { attribute: 'kind', value: 'event' } as const;

/**
 * A write of the event into the table, to put in the same transaction as the change it describes
 * (transactional outbox): either both happen or neither. The stream forwarder takes it from there.
 * A second write of the same event id fails the transaction, so a retried command records nothing twice.
 */
export const outboxPut = (tableName: string, event: DomainEvent): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: {
      pk: tenantKey(event.tenant, 'EVENT', event.id),
      sk: 'EVENT',
      [outboxMarker.attribute]: outboxMarker.value,
      event,
      // The audit list: every event of one subject, in order (gsi8, overloaded by this key prefix).
      gsi8pk: auditKey(event.tenant, event.subject),
      gsi8sk: `${event.occurredAt}#${event.id}`,
      expiresAt: Math.floor(Date.parse(event.occurredAt) / 1000) + outboxRetentionSeconds,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});
