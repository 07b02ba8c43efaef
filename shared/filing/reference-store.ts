import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '../store/query-all.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { AgencyProfile, EnterpriseRecord, Officer } from './reference.ts';

/** Reference data for filings: agency profiles, officers (by id; by agency through gsi1), enterprises by credit code. */
export const filingReference = (db: DynamoDBDocumentClient, tableName: string) => ({
  profile: async (tenant: TenantCode, agency: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: tenantKey(tenant, 'AGENCY', agency), sk: 'PROFILE' } }));
    return Item ? AgencyProfile.parse(Item.profile) : undefined;
  },
  putProfile: (tenant: TenantCode, agency: string, profile: AgencyProfile) =>
    db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'AGENCY', agency), sk: 'PROFILE', profile } })),

  officers: async (tenant: TenantCode, ids: string[]) => {
    const unique = [...new Set(ids)].slice(0, 100);
    if (!unique.length) return new Map<string, Officer>();
    const result = await db.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: unique.map((id) => ({ pk: tenantKey(tenant, 'OFFICER'), sk: id })) } } }));
    return new Map((result.Responses?.[tableName] ?? []).map((i) => [i.sk as string, Officer.parse(i.officer)]));
  },
  officersOf: async (tenant: TenantCode, agency: string) => {
    const page = await db.send(new QueryCommand({ TableName: tableName, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': tenantKey(tenant, 'OFFICERS', agency) } }));
    return (page.Items ?? []).map((i) => Officer.parse(i.officer));
  },
  putOfficer: (tenant: TenantCode, officer: Officer) =>
    db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'OFFICER'), sk: officer.id, gsi1pk: tenantKey(tenant, 'OFFICERS', officer.agency), gsi1sk: officer.id, officer } })),

  enterprise: async (tenant: TenantCode, creditCode: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: tenantKey(tenant, 'ENTERPRISE'), sk: creditCode } }));
    return Item ? EnterpriseRecord.parse(Item) : undefined;
  },
  /** The bureau's enterprises whose name contains `q` or whose code starts with it (one county's register: one partition), at most `limit`. */
  enterprises: async (tenant: TenantCode, { q, noDisturb, limit }: { q?: string; noDisturb?: boolean; limit: number }) => {
    const filters = [...(q ? ['(contains(#name, :q) OR begins_with(creditCode, :q))'] : []), ...(noDisturb !== undefined ? ['noDisturb = :noDisturb'] : [])];
    const items = await queryAll(db, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
      ...(q ? { ExpressionAttributeNames: { '#name': 'name' } } : {}),
      ExpressionAttributeValues: { ':pk': tenantKey(tenant, 'ENTERPRISE'), ...(q ? { ':q': q } : {}), ...(noDisturb !== undefined ? { ':noDisturb': noDisturb } : {}) },
    });
    return { enterprises: items.slice(0, limit).map((i) => EnterpriseRecord.parse(i)), more: items.length > limit };
  },
  putEnterprise: (tenant: TenantCode, enterprise: EnterpriseRecord) =>
    db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'ENTERPRISE'), sk: enterprise.creditCode, ...enterprise } })),
});
