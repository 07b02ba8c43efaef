import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { warmCache } from '../store/warm-cache.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { RectificationRules, defaultRules } from './warning-colour.ts';

/** Rules for commands, reused by a warm function for ten seconds (as calendars, calendar-store.ts); a save here forgets them. */
const recentRules = warmCache<RectificationRules>(10_000);

/** A tenant's rectification rules (warning thresholds, automatic escalation); defaults until an admin sets them. */
export const rulesStore = (db: DynamoDBDocumentClient, tableName: string) => {
  const of = async (tenant: TenantCode): Promise<RectificationRules> => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: tenantKey(tenant, 'SETTINGS'), sk: 'RECTIFICATION' } }));
    return Item ? RectificationRules.parse(Item.rules) : defaultRules;
  };
  return {
    of,
    /** The rules as read at most ten seconds ago. */
    recentOf: (tenant: TenantCode) => recentRules.get(`${tableName}|${tenant}`, () => of(tenant)),
    save: async (tenant: TenantCode, rules: RectificationRules) => {
      await db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'SETTINGS'), sk: 'RECTIFICATION', rules } }));
      recentRules.forget(`${tableName}|${tenant}`);
    },
  };
};
