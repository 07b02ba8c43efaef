import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../events/catalog.ts';
import { queryAll } from '../store/query-all.ts';
import { commit, type TransactItem } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { User } from './user.ts';

/**
 * Users: one partition per bureau (`T#<tenant>#USER`, sort key = id; a county has hundreds), and one
 * claim row per login (`LOGIN#<login>`), deployment-wide because people sign in without naming a bureau.
 * The claim is written with the user in one transaction, so a login can never belong to two people.
 */
const partition = (tenant: TenantCode) => tenantKey(tenant, 'USER');
const loginKey = (login: string) => ({ pk: `LOGIN#${login}`, sk: 'LOGIN' });
// Tokens name a user by id alone: this row says which bureau holds it.
const idKey = (id: string) => ({ pk: `USERID#${id}`, sk: 'USERID' });

export type UserTables = { identityTable: string; recordsTable: string };

/** Users live in the identity table; the events about them go to the records table's outbox, in the same transaction. */
export const userStore = (db: DynamoDBDocumentClient, { identityTable: tableName, recordsTable }: UserTables) => {
  const put = (user: User, condition: Record<string, unknown>) => ({ Put: { TableName: tableName, Item: { pk: partition(user.tenant), sk: user.id, user }, ...condition } }) as TransactItem;
  return {
    list: async (tenant: TenantCode) =>
      (await queryAll(db, { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': partition(tenant) }, ConsistentRead: true })).map((row) => User.parse(row.user)),
    get: async (tenant: TenantCode, id: string) => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: partition(tenant), sk: id }, ConsistentRead: true }));
      return Item ? User.parse(Item.user) : undefined;
    },
    /** A user by id alone, in whichever bureau (the issuer's account lookup). */
    byId: async (id: string) => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: idKey(id), ConsistentRead: true }));
      if (!Item) return undefined;
      const { Item: row } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: partition(Item.tenant as string), sk: id }, ConsistentRead: true }));
      return row ? User.parse(row.user) : undefined;
    },
    /** Who holds a login, in whichever bureau. */
    byLogin: async (login: string) => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: loginKey(login), ConsistentRead: true }));
      if (!Item) return undefined;
      const { Item: row } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: partition(Item.tenant as string), sk: Item.userId as string }, ConsistentRead: true }));
      return row ? User.parse(row.user) : undefined;
    },
    create: (user: User, events: DomainEvent[]) =>
      commit(
        db,
        recordsTable,
        [
          put(user, { ConditionExpression: 'attribute_not_exists(pk)' }),
          { Put: { TableName: tableName, Item: { ...loginKey(user.login), tenant: user.tenant, userId: user.id }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tableName, Item: { ...idKey(user.id), tenant: user.tenant }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
        events,
      ),
    /** Replaces the user if unchanged since `expectedVersion` was read; a new login moves its claim. */
    update: (before: User, after: User, events: DomainEvent[]) =>
      commit(
        db,
        recordsTable,
        [
          put(after, { ConditionExpression: '#u.version = :v', ExpressionAttributeNames: { '#u': 'user' }, ExpressionAttributeValues: { ':v': before.version } }),
          ...(before.login === after.login
            ? []
            : [
                { Put: { TableName: tableName, Item: { ...loginKey(after.login), tenant: after.tenant, userId: after.id }, ConditionExpression: 'attribute_not_exists(pk)' } },
                { Delete: { TableName: tableName, Key: loginKey(before.login) } },
              ]),
        ],
        events,
      ),
  };
};
