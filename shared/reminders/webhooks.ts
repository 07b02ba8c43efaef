import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import type { Delivery } from './digest-store.ts';

/** An organisation's group robot (群机器人) and the secret its messages are signed with. */
export const WebhookConfig = z.object({
  url: z.url().refine((u) => /^https?:\/\//.test(u), 'must be an http(s) address'),
  secret: z.string().min(16).max(200),
  format: z.enum(['wecom', 'dingtalk']).default('wecom'),
});
export type WebhookConfig = z.infer<typeof WebhookConfig>;

export const webhookStore = (db: DynamoDBDocumentClient, tableName: string) => ({
  of: async (tenant: TenantCode, organisation: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: tenantKey(tenant, 'WEBHOOK'), sk: organisation } }));
    return Item ? WebhookConfig.parse(Item.webhook) : undefined;
  },
  /** Every organisation's robot, the secrets left out. */
  list: async (tenant: TenantCode) => {
    const page = await db.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': tenantKey(tenant, 'WEBHOOK') } }));
    return (page.Items ?? []).map((i) => {
      const { url, format } = WebhookConfig.parse(i.webhook);
      return { organisation: i.sk as string, url, format };
    });
  },
  save: (tenant: TenantCode, organisation: string, webhook: WebhookConfig) =>
    db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'WEBHOOK'), sk: organisation, webhook } })),
});

const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64');

/**
 * The request for a robot: WeCom and DingTalk markdown shapes; DingTalk's own signature (timestamp and
 * sign in the query), and for any receiver an `x-signature` over timestamp and body with the same secret.
 */
export const robotRequest = (webhook: WebhookConfig, title: string, markdown: string, timestamp: number) => {
  const body = JSON.stringify(webhook.format === 'dingtalk' ? { msgtype: 'markdown', markdown: { title, text: markdown } } : { msgtype: 'markdown', markdown: { content: markdown } });
  const url = new URL(webhook.url);
  if (webhook.format === 'dingtalk') {
    url.searchParams.set('timestamp', String(timestamp));
    url.searchParams.set('sign', hmac(webhook.secret, `${timestamp}\n${webhook.secret}`));
  }
  return {
    url: url.toString(),
    init: { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-timestamp': String(timestamp), 'x-signature': hmac(webhook.secret, `${timestamp}\n${body}`) } },
  };
};

/** Sends with exponential backoff (1 s, 2 s, 4 s by default); the outcome is returned, never thrown. */
export const deliver = async (request: ReturnType<typeof robotRequest>, options: { attempts?: number; backoffMs?: number; send?: typeof fetch } = {}): Promise<Delivery> => {
  const attempts = options.attempts ?? 3;
  const send = options.send ?? fetch;
  let error = '';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await send(request.url, { ...request.init, signal: AbortSignal.timeout(5000) });
      if (response.ok) return { status: 'delivered', attempts: attempt, at: new Date().toISOString() };
      error = `HTTP ${response.status}`;
    } catch (e) {
      error = (e as Error).message;
    }
    if (attempt < attempts) await sleep((options.backoffMs ?? 1000) * 2 ** (attempt - 1));
  }
  return { status: 'failed', attempts, at: new Date().toISOString(), error };
};
