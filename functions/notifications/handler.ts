import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { env } from '#shared/config.ts';
import { forbidden, notFound, unprocessable } from '#shared/http/errors.ts';
import { httpRoute } from '#shared/http/route.ts';
import { activeOrganisations } from '#shared/organisation/guard.ts';
import { httpRouter } from '#shared/http/router.ts';
import { digestStore } from '#shared/reminders/digest-store.ts';
import { notificationApi as api } from '#shared/reminders/notification-api.ts';
import { robotDestinationProblem, robotUrlProblem } from '#shared/reminders/robot-destinations.ts';
import { reminderSettingsStore } from '#shared/reminders/settings.ts';
import { deliver, robotRequest, webhookStore } from '#shared/reminders/webhooks.ts';

const tableName = env.recordsTable();
const digests = digestStore(dynamo(), tableName);
const settings = reminderSettingsStore(dynamo(), tableName);
const webhooks = webhookStore(dynamo(), tableName);
const organisations = activeOrganisations(dynamo(), tableName);

export const handler = httpRouter([
  httpRoute(api.list, async ({ caller, query }) => {
    // Admins and supervisors may look at any organisation's digests, failed deliveries included.
    const organisation = query.organisation ?? caller.organisation;
    if (organisation !== caller.organisation && !caller.roles.some((r) => r === 'admin' || r === 'supervisor')) throw forbidden("you can read only your own organisation's notifications");
    return { body: { organisation, notifications: await digests.list(caller.tenant, organisation, query.limit) } };
  }),
  httpRoute(api.markRead, async ({ caller, params }) => {
    try {
      await digests.markRead(caller.tenant, caller.organisation, params.date, systemClock.now().toISOString());
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw notFound(`no notification of ${params.date}`);
      throw error;
    }
    return { body: await digests.get(caller.tenant, caller.organisation, params.date) };
  }),
  httpRoute(api.settings, async ({ caller }) => ({ body: await settings.of(caller.tenant) })),
  httpRoute(api.saveSettings, async ({ caller, body }) => {
    await settings.save(caller.tenant, body);
    return { body };
  }),
  httpRoute(api.webhooks, async ({ caller }) => ({ body: { webhooks: await webhooks.list(caller.tenant) } })),
  httpRoute(api.testWebhook, async ({ caller, params }) => {
    const webhook = await webhooks.of(caller.tenant, params.organisation);
    if (!webhook) throw notFound(`${params.organisation} has no group robot`);
    const refused = await robotDestinationProblem(webhook.url);
    if (refused) throw unprocessable(`the robot address ${refused}`, [{ path: 'path.organisation', message: refused }]);
    const now = systemClock.now();
    const text = `**检查与整改平台 · 测试消息**\n\n本群机器人已配置成功，之后的每日提醒将发送到这里。\n\n发送时间：${now.toISOString()}`;
    // One attempt: the admin is waiting on the page and sees the robot's answer at once.
    return { body: await deliver(robotRequest(webhook, '测试消息', text, now.getTime()), { attempts: 1 }) };
  }),
  httpRoute(api.saveWebhook, async ({ caller, params, body }) => {
    await organisations.require(caller.tenant, params.organisation, 'path.organisation');
    const problem = robotUrlProblem(body.url);
    if (problem) throw unprocessable(`the robot address ${problem}`, [{ path: 'body.url', message: problem }]);
    await webhooks.save(caller.tenant, params.organisation, body);
    return { body: { organisation: params.organisation, url: body.url, format: body.format } };
  }),
]);
