import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';

/** The share of subjects that must meet the standard in a year (seed 004: 60% / 80% / 100% for 2022–2024). */
export const YearlyTarget = z.object({ kind: z.string(), year: z.number().int().min(2000).max(2100), share: z.number().min(0).max(1) });
export type YearlyTarget = z.infer<typeof YearlyTarget>;

export const targetStore = (db: DynamoDBDocumentClient, tableName: string) => ({
  put: (tenant: TenantCode, target: YearlyTarget) =>
    db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'TARGET'), sk: `${target.kind}#${target.year}`, target } })),
  list: async (tenant: TenantCode, kind?: string) => {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: kind ? 'pk = :pk AND begins_with(sk, :kind)' : 'pk = :pk',
        ExpressionAttributeValues: { ':pk': tenantKey(tenant, 'TARGET'), ...(kind ? { ':kind': `${kind}#` } : {}) },
      }),
    );
    return (page.Items ?? []).map((i) => YearlyTarget.parse(i.target));
  },
});
