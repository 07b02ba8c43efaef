import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../events/catalog.ts';
import { queryAll } from '../store/query-all.ts';
import { commit, type TransactItem } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { Campaign, CampaignImport } from './campaign.ts';

/** Campaigns (整改专项) of a tenant in one partition: a bureau runs a handful a year. */
export const campaignStore = (db: DynamoDBDocumentClient, tableName: string) => {
  const pk = (tenant: TenantCode) => tenantKey(tenant, 'CAMPAIGNS');
  const importsKey = (tenant: TenantCode, campaignId: string) => tenantKey(tenant, 'CAMPAIGN-IMPORTS', campaignId);
  const row = (campaign: Campaign) => ({ pk: pk(campaign.tenant), sk: campaign.id, campaign });
  return {
    get: async (tenant: TenantCode, id: string): Promise<Campaign | undefined> => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: pk(tenant), sk: id }, ConsistentRead: true }));
      return Item ? Campaign.parse(Item.campaign) : undefined;
    },
    list: async (tenant: TenantCode): Promise<Campaign[]> =>
      (await queryAll(db, { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk(tenant) } })).map((i) => Campaign.parse(i.campaign)),
    create: (campaign: Campaign, events: readonly DomainEvent[]) =>
      commit(db, tableName, [{ Put: { TableName: tableName, Item: row(campaign), ConditionExpression: 'attribute_not_exists(pk)' } }], events),
    importOf: async (tenant: TenantCode, campaignId: string, id: string): Promise<CampaignImport | undefined> => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: importsKey(tenant, campaignId), sk: id }, ConsistentRead: true }));
      return Item ? CampaignImport.parse(Item.imported) : undefined;
    },
    /** Written last, once every batch of the import is in: from then on the same file answers this. */
    recordImport: (tenant: TenantCode, imported: CampaignImport) => db.send(new PutCommand({ TableName: tableName, Item: { pk: importsKey(tenant, imported.campaignId), sk: imported.id, imported } })),
    /** The campaign's new counts, written with the item that moved them, if nobody moved them since `previousVersion`. */
    counted: (campaign: Campaign, previousVersion: number): TransactItem => ({
      Put: { TableName: tableName, Item: row(campaign), ConditionExpression: 'campaign.version = :v', ExpressionAttributeValues: { ':v': previousVersion } },
    }),
  };
};
