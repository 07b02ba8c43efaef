import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../calendar/working-calendar.ts';
import type { DomainEvent } from '../events/catalog.ts';
import { commit } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import * as z from 'zod';
import { Digest } from './digest.ts';

export const Delivery = z.object({ status: z.enum(['delivered', 'failed']), attempts: z.number().int(), at: z.string(), error: z.string().optional() });
export type Delivery = z.infer<typeof Delivery>;
/** An in-app notification: the day's digest, when it was read, and how the group robot took it. */
export const StoredDigest = Digest.extend({ readAt: z.string().optional(), webhook: Delivery.optional() }).meta({ id: 'Notification' });
export type StoredDigest = z.infer<typeof StoredDigest>;

/** Digests are the in-app notifications: one row per organisation and day, newest first. */
const key = (tenant: TenantCode, organisation: string, date: CalendarDate) => ({ pk: tenantKey(tenant, 'DIGEST', organisation), sk: date });

export const digestStore = (db: DynamoDBDocumentClient, tableName: string) => ({
  /** Stores the digest with its event; a second digest for the same organisation and day is refused. */
  create: (tenant: TenantCode, digest: Digest, event: DomainEvent) =>
    commit(db, tableName, [{ Put: { TableName: tableName, Item: { ...key(tenant, digest.organisation, digest.date), digest }, ConditionExpression: 'attribute_not_exists(pk)' } }], [event]),
  get: async (tenant: TenantCode, organisation: string, date: CalendarDate): Promise<StoredDigest | undefined> => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key(tenant, organisation, date) }));
    return Item ? { ...(Item.digest as Digest), readAt: Item.readAt as string | undefined, webhook: Item.webhook as Delivery | undefined } : undefined;
  },
  list: async (tenant: TenantCode, organisation: string, limit: number): Promise<StoredDigest[]> => {
    const page = await db.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': tenantKey(tenant, 'DIGEST', organisation) }, ScanIndexForward: false, Limit: limit }));
    return (page.Items ?? []).map((i) => ({ ...(i.digest as Digest), readAt: i.readAt as string | undefined, webhook: i.webhook as Delivery | undefined }));
  },
  markRead: (tenant: TenantCode, organisation: string, date: CalendarDate, at: string) =>
    db.send(new UpdateCommand({ TableName: tableName, Key: key(tenant, organisation, date), UpdateExpression: 'SET readAt = if_not_exists(readAt, :at)', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':at': at } })),
  recordDelivery: (tenant: TenantCode, organisation: string, date: CalendarDate, delivery: Delivery) =>
    db.send(new UpdateCommand({ TableName: tableName, Key: key(tenant, organisation, date), UpdateExpression: 'SET webhook = :d', ExpressionAttributeValues: { ':d': delivery } })),
});
