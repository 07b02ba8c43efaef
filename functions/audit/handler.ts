import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { auditApi, auditLog } from '#shared/events/audit.ts';
import { httpRoute } from '#shared/http/route.ts';

const log = auditLog(dynamo(), env.recordsTable());

export const handler = httpRoute(auditApi.list, async ({ caller, query }) => {
  const [kind, id] = query.subject.split(':') as [string, string];
  return { body: { entries: await log.of(caller.tenant, { kind, id }, query.limit) } };
});
