import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '../store/query-all.ts';
import * as z from 'zod';
import { TenantCode } from './tenant.ts';

/** A bureau served by this deployment (a province may run many). */
export const Tenant = z.object({ code: TenantCode, name: z.string().min(1) });
export type Tenant = z.infer<typeof Tenant>;

// The one partition that lists tenants: small (a province has about a hundred counties) and read by scheduled jobs.
const registryKey = 'TENANTS';

export const tenantRegistry = (db: DynamoDBDocumentClient, tableName: string) => ({
  put: (tenant: Tenant) =>
    db.send(new PutCommand({ TableName: tableName, Item: { pk: registryKey, sk: tenant.code, ...tenant } })),
  list: async (): Promise<Tenant[]> =>
    (await queryAll(db, { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': registryKey } })).map((item) => Tenant.parse(item)),
});
