import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../events/catalog.ts';
import { queryAll } from '../store/query-all.ts';
import { commit, type TransactItem } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { Organisation } from './organisation.ts';

/**
 * Organisations: one partition per bureau (`T#<tenant>#ORG`, sort key = id; a county has tens, not
 * thousands), plus a claim row per name (`T#<tenant>#ORGNAME`) written in the same transaction, so two
 * admins racing cannot give two organisations one name.
 */
const partition = (tenant: TenantCode) => tenantKey(tenant, 'ORG');
export const organisationKey = (tenant: TenantCode, id: string) => ({ pk: partition(tenant), sk: id });
const nameClaim = (tenant: TenantCode, name: string) => ({ pk: tenantKey(tenant, 'ORGNAME'), sk: name });

// Rows seeded before organisations had a life of their own carry only id, kind and name.
const fromRow = (row: Record<string, unknown>) => Organisation.parse({ active: true, version: 1, contact: {}, ...row });
const row = (tenant: TenantCode, o: Organisation) => ({ pk: partition(tenant), sk: o.id, ...o });

export const organisationStore = (db: DynamoDBDocumentClient, tableName: string) => {
  const claim = (tenant: TenantCode, o: Organisation): TransactItem => ({
    Put: { TableName: tableName, Item: { ...nameClaim(tenant, o.name), organisation: o.id }, ConditionExpression: 'attribute_not_exists(pk) OR organisation = :id', ExpressionAttributeValues: { ':id': o.id } },
  });
  return {
    list: async (tenant: TenantCode): Promise<Organisation[]> =>
      (await queryAll(db, { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': partition(tenant) }, ConsistentRead: true })).map(fromRow),
    get: async (tenant: TenantCode, id: string): Promise<Organisation | undefined> => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: organisationKey(tenant, id), ConsistentRead: true }));
      return Item ? fromRow(Item) : undefined;
    },
    create: (tenant: TenantCode, o: Organisation, events: DomainEvent[]) =>
      commit(db, tableName, [{ Put: { TableName: tableName, Item: row(tenant, o), ConditionExpression: 'attribute_not_exists(pk)' } }, claim(tenant, o)], events),
    /** Replaces the organisation if it still has `expectedVersion`; a new name moves the name's claim. */
    update: (tenant: TenantCode, before: Organisation, after: Organisation, events: DomainEvent[]) =>
      commit(
        db,
        tableName,
        [
          // Seeded rows have no version attribute: they count as version 1.
          { Put: { TableName: tableName, Item: row(tenant, after), ConditionExpression: 'version = :v OR (attribute_exists(pk) AND attribute_not_exists(version) AND :v = :one)', ExpressionAttributeValues: { ':v': before.version, ':one': 1 } } },
          ...(before.name === after.name ? [] : [claim(tenant, after), { Delete: { TableName: tableName, Key: nameClaim(tenant, before.name) } }]),
        ],
        events,
      ),
    /** Example data and operators: many at once, without events (nothing consumes them yet). */
    seed: async (tenant: TenantCode, organisations: Organisation[]) => {
      for (const o of organisations) await commit(db, tableName, [{ Put: { TableName: tableName, Item: row(tenant, o) } }, { Put: { TableName: tableName, Item: { ...nameClaim(tenant, o.name), organisation: o.id } } }], []);
    },
  };
};
