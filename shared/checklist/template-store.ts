import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { DomainEvent } from '../events/catalog.ts';
import { commit } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { TemplateContent } from './template.ts';

export const TemplateVersion = z.object({
  templateId: z.string(),
  version: z.number().int().min(1),
  status: z.enum(['draft', 'published']),
  content: TemplateContent,
  publishedAt: z.string().optional(),
});
export type TemplateVersion = z.infer<typeof TemplateVersion>;

export const TemplateHead = z.object({ templateId: z.string(), kind: z.string(), title: z.string(), latestVersion: z.number().int(), publishedVersion: z.number().int().optional() });
export type TemplateHead = z.infer<typeof TemplateHead>;

/**
 * Templates: a head row (kind, title, latest and latest published version; listed through gsi1) and
 * one row per version. A published version is never written again: every write of a version row
 * requires it to be a draft.
 */
const pk = (tenant: TenantCode, id: string) => tenantKey(tenant, 'TEMPLATE', id);
const versionKey = (version: number) => `V#${String(version).padStart(6, '0')}`;
const headRow = (tenant: TenantCode, head: TemplateHead) => ({
  pk: pk(tenant, head.templateId),
  sk: 'HEAD',
  gsi1pk: tenantKey(tenant, 'TEMPLATES'),
  gsi1sk: `${head.kind}#${head.templateId}`,
  latestVersion: head.latestVersion,
  head,
});
const versionRow = (tenant: TenantCode, v: TemplateVersion) => ({ pk: pk(tenant, v.templateId), sk: versionKey(v.version), vStatus: v.status, version: v });

export const templateStore = (db: DynamoDBDocumentClient, tableName: string) => ({
  head: async (tenant: TenantCode, id: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: pk(tenant, id), sk: 'HEAD' }, ConsistentRead: true }));
    return Item ? TemplateHead.parse(Item.head) : undefined;
  },
  version: async (tenant: TenantCode, id: string, version: number) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: pk(tenant, id), sk: versionKey(version) }, ConsistentRead: true }));
    return Item ? TemplateVersion.parse(Item.version) : undefined;
  },
  list: async (tenant: TenantCode) => {
    const page = await db.send(new QueryCommand({ TableName: tableName, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': tenantKey(tenant, 'TEMPLATES') } }));
    return (page.Items ?? []).map((i) => TemplateHead.parse(i.head));
  },
  versions: async (tenant: TenantCode, id: string) => {
    const page = await db.send(
      new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)', ExpressionAttributeValues: { ':pk': pk(tenant, id), ':v': 'V#' } }),
    );
    return (page.Items ?? []).map((i) => TemplateVersion.parse(i.version));
  },
  /** A new template: head and draft version 1 together, refused if the id is taken. */
  create: (tenant: TenantCode, head: TemplateHead, first: TemplateVersion, events: DomainEvent[]) =>
    commit(db, tableName, [
      { Put: { TableName: tableName, Item: headRow(tenant, head), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: tableName, Item: versionRow(tenant, first), ConditionExpression: 'attribute_not_exists(pk)' } },
    ], events),
  /** Replaces a draft; refused once the version is published. */
  saveDraft: (tenant: TenantCode, head: TemplateHead, draft: TemplateVersion, events: DomainEvent[]) =>
    commit(db, tableName, [
      { Put: { TableName: tableName, Item: headRow(tenant, head) } },
      { Put: { TableName: tableName, Item: versionRow(tenant, draft), ConditionExpression: 'vStatus = :draft', ExpressionAttributeValues: { ':draft': 'draft' } } },
    ], events),
  /** Opens the next version as a draft, only while the latest is published and unchanged. */
  addVersion: (tenant: TenantCode, head: TemplateHead, draft: TemplateVersion, events: DomainEvent[]) =>
    commit(db, tableName, [
      { Put: { TableName: tableName, Item: headRow(tenant, head), ConditionExpression: 'latestVersion = :previous', ExpressionAttributeValues: { ':previous': draft.version - 1 } } },
      { Put: { TableName: tableName, Item: versionRow(tenant, draft), ConditionExpression: 'attribute_not_exists(pk)' } },
    ], events),
  publish: (tenant: TenantCode, head: TemplateHead, published: TemplateVersion, events: DomainEvent[]) =>
    commit(db, tableName, [
      { Put: { TableName: tableName, Item: headRow(tenant, head) } },
      { Put: { TableName: tableName, Item: versionRow(tenant, published), ConditionExpression: 'vStatus = :draft', ExpressionAttributeValues: { ':draft': 'draft' } } },
    ], events),
});
