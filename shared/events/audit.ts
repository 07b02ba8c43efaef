import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { operation } from '../http/operation.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { Actor } from './envelope.ts';
import { auditKey } from './outbox.ts';

/** 操作日志: what happened to one subject (a user, an organisation, an item …), who did it and when. */
export const AuditEntry = z.object({ id: z.string(), type: z.string(), occurredAt: z.string(), actor: Actor, payload: z.record(z.string(), z.unknown()) });

/** Reads the event log (the outbox rows, kept a year) by subject, newest first. */
export const auditLog = (db: DynamoDBDocumentClient, tableName: string) => ({
  of: async (tenant: TenantCode, subject: { kind: string; id: string }, limit: number) => {
    const page = await db.send(
      new QueryCommand({ TableName: tableName, IndexName: 'gsi8', KeyConditionExpression: 'gsi8pk = :pk', ExpressionAttributeValues: { ':pk': auditKey(tenant, subject) }, ScanIndexForward: false, Limit: limit }),
    );
    return (page.Items ?? []).map((row) => AuditEntry.parse(row.event));
  },
});

export const auditApi = {
  list: operation({
    operationId: 'listAuditEntries',
    method: 'GET',
    path: '/v1/audit',
    tag: '设置',
    summary: '操作日志 · What happened to a subject, by whom and when',
    description: '`subject` is `<kind>:<id>`, e.g. `user:01J…`, `organisation:office-xinjie`, `rectification:01J…`.',
    roles: ['admin', 'supervisor'],
    query: z.object({
      subject: z.string().regex(/^[a-z-]{2,40}:[A-Za-z0-9._-]{1,64}$/, 'kind:id, e.g. user:01JABC…'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: { 200: { description: 'newest first', schema: z.object({ entries: z.array(AuditEntry) }) } },
  }),
};
