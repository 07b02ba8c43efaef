import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { organisationApi as api } from '#shared/organisation/api.ts';
import { organisationService } from '#shared/organisation/service.ts';

const organisations = organisationService({ db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator });

export const handler = httpRouter([
  httpRoute(api.list, async ({ caller, query }) => ({ body: { organisations: await organisations.list(caller, query) } })),
  httpRoute(api.create, async ({ caller, body }) => {
    const { id, ...input } = body;
    const organisation = await organisations.create(caller, id, input);
    return { status: 201, body: organisation, headers: { location: `/v1/organisations/${id}` } };
  }),
  httpRoute(api.read, async ({ caller, params }) => ({ body: await organisations.read(caller, params.id) })),
  httpRoute(api.update, async ({ caller, params, body }) => {
    const { expectedVersion, ...input } = body;
    return { body: await organisations.update(caller, params.id, expectedVersion, input) };
  }),
  httpRoute(api.deactivate, async ({ caller, params, body }) => ({ body: await organisations.setActive(caller, params.id, body.expectedVersion, false) })),
  httpRoute(api.reactivate, async ({ caller, params, body }) => ({ body: await organisations.setActive(caller, params.id, body.expectedVersion, true) })),
]);
