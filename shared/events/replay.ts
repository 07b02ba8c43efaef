import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { TenantCode } from '../tenancy/tenant.ts';
import { DomainEvent } from './catalog.ts';
import { outboxMarker } from './outbox.ts';

/**
 * What an operator sends the event-replay function: re-drive the events that occurred in [from, to]
 * (of one tenant, or all) into one consumer's queue — to backfill a new consumer or repair one.
 * Consumers handle each event once by id, so events they already have change nothing.
 */
export const ReplayRequest = z.strictObject({
  consumer: z.string().min(1).max(64),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  tenant: TenantCode.optional(),
  /** Where a previous, unfinished run stopped (its `next`). */
  cursor: z.string().max(2048).optional(),
});
export type ReplayRequest = z.infer<typeof ReplayRequest>;

const cursorKey = z.strictObject({ pk: z.string(), sk: z.string() });
const encode = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');
const decode = (cursor: string) => {
  try {
    return cursorKey.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new Error('cursor: not one this function gave out');
  }
};

/**
 * The outbox rows are the event log (kept a year). There is no index by time across subjects, so a
 * replay scans the table, a page at a time, keeping the events in range: an operator's occasional
 * job, paid for in read capacity, not something the product does.
 */
export const outboxEventsBetween = async (db: DynamoDBDocumentClient, tableName: string, request: Pick<ReplayRequest, 'from' | 'to' | 'tenant' | 'cursor'>) => {
  const page = await db.send(
    new ScanCommand({
      TableName: tableName,
      FilterExpression: `#kind = :event AND #event.#occurredAt BETWEEN :from AND :to${request.tenant ? ' AND #event.#tenant = :tenant' : ''}`,
      ExpressionAttributeNames: { '#kind': outboxMarker.attribute, '#event': 'event', '#occurredAt': 'occurredAt', ...(request.tenant ? { '#tenant': 'tenant' } : {}) },
      ExpressionAttributeValues: {
        ':event': outboxMarker.value,
        // Events carry UTC instants (toISOString), so the bounds are compared in the same form.
        ':from': new Date(request.from).toISOString(),
        ':to': new Date(request.to).toISOString(),
        ...(request.tenant ? { ':tenant': request.tenant } : {}),
      },
      ExclusiveStartKey: request.cursor ? decode(request.cursor) : undefined,
    }),
  );
  return {
    scanned: page.ScannedCount ?? 0,
    events: (page.Items ?? []).map((item) => DomainEvent.parse(item.event)),
    next: page.LastEvaluatedKey ? encode(page.LastEvaluatedKey) : undefined,
  };
};
