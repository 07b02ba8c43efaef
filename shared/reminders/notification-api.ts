import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { operation } from '../http/operation.ts';
import { OrganisationId } from '../organisation/organisation.ts';
import { Delivery, StoredDigest } from './digest-store.ts';
import { ReminderSettings } from './settings.ts';
import { WebhookConfig } from './webhooks.ts';

const RobotView = z.object({ organisation: z.string(), url: z.string(), format: WebhookConfig.shape.format }).meta({ id: 'Robot' });

export const notificationApi = {
  list: operation({
    operationId: 'listNotifications',
    method: 'GET',
    path: '/v1/notifications',
    tag: '提醒',
    summary: '消息提醒 · List the daily digests of an organisation',
    description: 'Your own organisation by default; admins and supervisors may name another one.',
    roles: [],
    query: z.object({ organisation: OrganisationId.optional(), limit: z.coerce.number().int().min(1).max(100).default(30) }),
    responses: { 200: { description: 'newest first', schema: z.object({ organisation: z.string(), notifications: z.array(StoredDigest) }) } },
    refusals: { 403: ['forbidden'] },
  }),
  markRead: operation({
    operationId: 'markNotificationRead',
    method: 'POST',
    path: '/v1/notifications/{date}/read',
    tag: '提醒',
    summary: '标记已读 · Mark a day\'s digest read',
    roles: [],
    params: z.object({ date: CalendarDate }),
    responses: { 200: { description: 'the digest', schema: StoredDigest } },
    refusals: { 404: ['not_found'] },
  }),
  settings: operation({
    operationId: 'getReminderSettings',
    method: 'GET',
    path: '/v1/settings/reminders',
    tag: '设置',
    summary: '提醒设置 · Read the reminder settings',
    roles: [],
    responses: { 200: { description: 'the settings', schema: ReminderSettings } },
  }),
  saveSettings: operation({
    operationId: 'saveReminderSettings',
    method: 'PUT',
    path: '/v1/settings/reminders',
    tag: '设置',
    summary: '修改提醒设置 · Set which reminders go out, and when',
    roles: ['admin'],
    body: ReminderSettings,
    responses: { 200: { description: 'the settings now in force', schema: ReminderSettings } },
    example: { sendHour: 9, extensionWaitingWorkingDays: 2, supervisingOrganisation: 'bureau' },
  }),
  webhooks: operation({
    operationId: 'listWebhooks',
    method: 'GET',
    path: '/v1/webhooks',
    tag: '提醒',
    summary: '群机器人列表 · List the organisations\' group robots (secrets are never returned)',
    roles: ['admin'],
    responses: { 200: { description: 'the robots', schema: z.object({ webhooks: z.array(RobotView) }) } },
  }),
  testWebhook: operation({
    operationId: 'testWebhook',
    method: 'POST',
    path: '/v1/webhooks/{organisation}/test',
    tag: '提醒',
    summary: '发送测试消息 · Send a test message through an organisation\'s robot, once, and say how it went',
    roles: ['admin'],
    params: z.object({ organisation: OrganisationId }),
    responses: { 200: { description: 'the delivery: delivered, or failed with the robot\'s answer', schema: Delivery } },
    refusals: { 404: ['not_found'], 422: ['unprocessable'] },
  }),
  saveWebhook: operation({
    operationId: 'saveWebhook',
    method: 'PUT',
    path: '/v1/webhooks/{organisation}',
    tag: '提醒',
    summary: '群机器人 · Set an organisation\'s WeCom/DingTalk group robot',
    roles: ['admin'],
    params: z.object({ organisation: OrganisationId }),
    body: WebhookConfig,
    refusals: { 422: ['unprocessable', 'organisation_unknown', 'organisation_inactive'] },
    responses: { 200: { description: 'the robot (the secret is not echoed)', schema: RobotView } },
  }),
};
