import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { isSupervisor } from '#shared/filing/filing-access.ts';
import { seesWholeBureau } from '#shared/http/caller.ts';
import { platformApi } from '#shared/http/platform-api.ts';
import { httpRoute } from '#shared/http/route.ts';
import { organisationStore } from '#shared/organisation/store.ts';

const organisations = organisationStore(dynamo(), env.recordsTable());

export const handler = httpRoute(platformApi.me, async ({ caller }) => {
  const organisation = await organisations.get(caller.tenant, caller.organisation);
  return {
    body: { userId: caller.userId, ...(caller.name ? { name: caller.name } : {}), tenant: caller.tenant, organisation: caller.organisation, organisationName: organisation?.name ?? null, roles: caller.roles, seesWholeBureau: seesWholeBureau(caller), seesAllFilings: isSupervisor(caller) },
  };
});
