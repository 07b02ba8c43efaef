import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { defaultMaxBytes, EvidenceSettings } from './evidence.ts';

/** A tenant's evidence settings (the largest file); defaults until an admin sets them. */
export const evidenceSettingsStore = (db: DynamoDBDocumentClient, tableName: string) => ({
  of: async (tenant: TenantCode): Promise<EvidenceSettings> => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: tenantKey(tenant, 'SETTINGS'), sk: 'EVIDENCE' } }));
    return Item ? EvidenceSettings.parse(Item.settings) : { maxBytes: defaultMaxBytes };
  },
  save: (tenant: TenantCode, settings: EvidenceSettings) =>
    db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'SETTINGS'), sk: 'EVIDENCE', settings } })),
});
export type EvidenceSettingsStore = ReturnType<typeof evidenceSettingsStore>;
