import { httpRoute } from '#shared/http/route.ts';

export const handler = httpRoute({ roles: [] }, ({ caller }) =>
  Promise.resolve({ body: { userId: caller.userId, tenant: caller.tenant, organisation: caller.organisation, roles: caller.roles } }),
);
