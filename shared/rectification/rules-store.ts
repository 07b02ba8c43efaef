import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { RectificationRules, defaultRules } from './warning-colour.ts';

/** A tenant's rectification rules (warning thresholds, automatic escalation); defaults until an admin sets them. */
export const rulesStore = (db: DynamoDBDocumentClient, tableName: string) => ({
  of: async (tenant: TenantCode): Promise<RectificationRules> => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: tenantKey(tenant, 'SETTINGS'), sk: 'RECTIFICATION' } }));
    return Item ? RectificationRules.parse(Item.rules) : defaultRules;
  },
  save: (tenant: TenantCode, rules: RectificationRules) =>
    db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'SETTINGS'), sk: 'RECTIFICATION', rules } })),
});
