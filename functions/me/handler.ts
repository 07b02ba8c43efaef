import { platformApi } from '#shared/http/platform-api.ts';
import { httpRoute } from '#shared/http/route.ts';

export const handler = httpRoute(platformApi.me, ({ caller }) =>
  Promise.resolve({ body: { userId: caller.userId, tenant: caller.tenant, organisation: caller.organisation, roles: caller.roles } }),
);
