import { z } from 'zod';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { CalendarDate } from '#shared/calendar/working-calendar.ts';
import { env } from '#shared/config.ts';
import { forbidden, notFound } from '#shared/http/errors.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { digestStore } from '#shared/reminders/digest-store.ts';
import { ReminderSettings, reminderSettingsStore } from '#shared/reminders/settings.ts';
import { WebhookConfig, webhookStore } from '#shared/reminders/webhooks.ts';

const tableName = env.recordsTable();
const digests = digestStore(dynamo(), tableName);
const settings = reminderSettingsStore(dynamo(), tableName);
const webhooks = webhookStore(dynamo(), tableName);
const OrgId = z.string().regex(/^[a-z0-9-]{3,64}$/);

export const handler = httpRouter([
  {
    method: 'GET',
    path: '/v1/notifications',
    handler: httpRoute({ roles: [], query: z.object({ organisation: OrgId.optional(), limit: z.coerce.number().int().min(1).max(100).default(30) }) }, async ({ caller, query }) => {
      // Admins and supervisors may look at any organisation's digests, failed deliveries included.
      const organisation = query.organisation ?? caller.organisation;
      if (organisation !== caller.organisation && !caller.roles.some((r) => r === 'admin' || r === 'supervisor')) throw forbidden('you can read only your own organisation\'s notifications');
      return { body: { organisation, notifications: await digests.list(caller.tenant, organisation, query.limit) } };
    }),
  },
  {
    method: 'POST',
    path: '/v1/notifications/{date}/read',
    handler: httpRoute({ roles: [], params: z.object({ date: CalendarDate }) }, async ({ caller, params }) => {
      try {
        await digests.markRead(caller.tenant, caller.organisation, params.date, systemClock.now().toISOString());
      } catch (error) {
        if ((error as Error).name === 'ConditionalCheckFailedException') throw notFound(`no notification of ${params.date}`);
        throw error;
      }
      return { body: await digests.get(caller.tenant, caller.organisation, params.date) };
    }),
  },
  { method: 'GET', path: '/v1/settings/reminders', handler: httpRoute({ roles: [] }, async ({ caller }) => ({ body: await settings.of(caller.tenant) })) },
  {
    method: 'PUT',
    path: '/v1/settings/reminders',
    handler: httpRoute({ roles: ['admin'], body: ReminderSettings }, async ({ caller, body }) => {
      await settings.save(caller.tenant, body);
      return { body };
    }),
  },
  {
    method: 'PUT',
    path: '/v1/webhooks/{organisation}',
    handler: httpRoute({ roles: ['admin'], params: z.object({ organisation: OrgId }), body: WebhookConfig }, async ({ caller, params, body }) => {
      await webhooks.save(caller.tenant, params.organisation, body);
      return { body: { organisation: params.organisation, url: body.url, format: body.format } };
    }),
  },
]);
