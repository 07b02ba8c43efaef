import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { invalidInput } from '#shared/http/errors.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { CommandBody, commandRoutes, CreateRectificationBody, IdParam, ListQuery } from '#shared/rectification/api-schemas.ts';
import { commandSchemas } from '#shared/rectification/commands.ts';
import { rectificationService } from '#shared/rectification/service.ts';
import { RectificationRules } from '#shared/rectification/warning-colour.ts';

const service = rectificationService({ db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator });

const create = httpRoute({ roles: ['supervisor'], body: CreateRectificationBody }, async ({ caller, body, headers }) => {
  const { reference, ...input } = body;
  const { item, created } = await service.create(caller, { kind: 'manual', reference }, input, headers['idempotency-key']);
  return { status: created ? 201 : 200, body: item, headers: { location: `/v1/rectifications/${item.id}` } };
});

const list = httpRoute({ roles: [], query: ListQuery }, async ({ caller, query }) => {
  const { limit, cursor, ...filter } = query;
  return { body: await service.list(caller, filter, limit, cursor) };
});

const read = httpRoute({ roles: [], params: IdParam }, async ({ caller, params }) => ({ body: await service.read(caller, params.id) }));

const commandRoute = (type: (typeof commandRoutes)[string]) =>
  httpRoute({ roles: [], params: IdParam, body: CommandBody }, async ({ caller, params, body }) => {
    const { expectedVersion, ...rest } = body;
    const command = commandSchemas[type].safeParse({ ...rest, type });
    if (!command.success) throw invalidInput(command.error, 'body');
    return { body: await service.apply(caller, params.id, expectedVersion, command.data) };
  });

const readRules = httpRoute({ roles: [] }, async ({ caller }) => ({ body: await service.rules.of(caller.tenant) }));
const saveRules = httpRoute({ roles: ['admin'], body: RectificationRules }, async ({ caller, body }) => {
  await service.rules.save(caller.tenant, body);
  return { body };
});

export const handler = httpRouter([
  { method: 'POST', path: '/v1/rectifications', handler: create },
  { method: 'GET', path: '/v1/rectifications', handler: list },
  { method: 'GET', path: '/v1/rectifications/{id}', handler: read },
  ...Object.entries(commandRoutes).map(([segment, type]) => ({
    method: 'POST' as const,
    path: `/v1/rectifications/{id}/${segment}`,
    handler: commandRoute(type),
  })),
  { method: 'GET', path: '/v1/settings/rectification', handler: readRules },
  { method: 'PUT', path: '/v1/settings/rectification', handler: saveRules },
]);
