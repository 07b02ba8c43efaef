import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';

/** Which reminders a tenant sends, and to whom the bureau's own ones go (thresholds and escalation live in the rectification rules). */
export const ReminderSettings = z.object({
  /** The hour (Asia/Shanghai) a tenant's digests go out; the job runs every hour from 07:00 to 12:00. */
  sendHour: z.number().int().min(7).max(12).default(9),
  turningYellow: z.boolean().default(true),
  turningRed: z.boolean().default(true),
  overdue: z.boolean().default(true),
  measureDue: z.boolean().default(true),
  extensionWaiting: z.boolean().default(true),
  resultOverdue: z.boolean().default(true),
  /** Emergency inspections filed later than allowed, to the bureau's supervisors. */
  codelessLate: z.boolean().default(true),
  /** Extension requests waiting longer than this many working days are reminded. */
  extensionWaitingWorkingDays: z.number().int().min(1).max(20).default(2),
  /** The organisation whose staff decide extensions (usually the bureau's supervision section). */
  supervisingOrganisation: z.string().min(1).max(64).default('bureau'),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const reminderSettingsStore = (db: DynamoDBDocumentClient, tableName: string) => ({
  of: async (tenant: TenantCode) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: tenantKey(tenant, 'SETTINGS'), sk: 'REMINDERS' } }));
    return ReminderSettings.parse(Item?.settings ?? {});
  },
  save: (tenant: TenantCode, settings: ReminderSettings) => db.send(new PutCommand({ TableName: tableName, Item: { pk: tenantKey(tenant, 'SETTINGS'), sk: 'REMINDERS', settings } })),
});
