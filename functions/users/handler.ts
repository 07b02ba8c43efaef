import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { httpRoute, publicRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { userApi as api } from '#shared/people/api.ts';
import { userService } from '#shared/people/service.ts';

const users = userService({ db: dynamo(), tables: { identityTable: env.identityTable(), recordsTable: env.recordsTable() }, clock: systemClock, ids: ulidGenerator });

export const handler = httpRouter([
  httpRoute(api.list, async ({ caller }) => ({ body: { users: await users.list(caller) } })),
  httpRoute(api.invite, async ({ caller, body }) => {
    const invited = await users.invite(caller, body);
    return { status: 201, body: invited, headers: { location: `/v1/users/${invited.user.id}`, 'cache-control': 'no-store' } };
  }),
  httpRoute(api.read, async ({ caller, params }) => ({ body: await users.read(caller, params.id) })),
  httpRoute(api.update, async ({ caller, params, body }) => {
    const { expectedVersion, ...input } = body;
    return { body: await users.update(caller, params.id, expectedVersion, input) };
  }),
  httpRoute(api.disable, async ({ caller, params, body }) => ({ body: await users.setEnabled(caller, params.id, body.expectedVersion, false) })),
  httpRoute(api.enable, async ({ caller, params, body }) => ({ body: await users.setEnabled(caller, params.id, body.expectedVersion, true) })),
  httpRoute(api.reset, async ({ caller, params, body }) => ({ body: await users.reset(caller, params.id, body.expectedVersion), headers: { 'cache-control': 'no-store' } })),
  publicRoute(api.activate, async ({ body }) => ({ body: await users.activate(body.login, body.code, body.password) })),
]);
