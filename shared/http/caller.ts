import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { z } from 'zod';
import type { Actor } from '../events/envelope.ts';
import { Role, TenantCode } from '../tenancy/tenant.ts';
import { forbidden, unauthorized } from './errors.ts';

/**
 * Claim names of our tokens. Cognito puts custom attributes under `custom:` and groups under
 * `cognito:groups`; the local dev issuer signs the same names, and an external issuer must too.
 */
export const claimNames = { tenant: 'custom:tenant', organisation: 'custom:org', roles: 'cognito:groups' } as const;

/** The authenticated user behind a request. */
export type Caller = { userId: string; tenant: TenantCode; organisation: string; roles: Role[] };

// API Gateway HTTP APIs flatten array claims into strings such as "[admin supervisor]".
const rolesClaim = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => (Array.isArray(value) ? value : value.replace(/^\[|\]$/g, '').split(/[\s,]+/)))
  .transform((names) => names.filter((name) => Role.safeParse(name).success) as Role[]);

const Claims = z.object({
  sub: z.string().min(1),
  [claimNames.tenant]: TenantCode,
  [claimNames.organisation]: z.string().min(1),
  [claimNames.roles]: rolesClaim.optional(),
});

type AuthorizedEvent = Pick<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'>;

/** Reads the caller from the claims the JWT authorizer verified; refuses tokens without our claims. */
export const callerFrom = (event: AuthorizedEvent): Caller => {
  const claims = Claims.safeParse(event.requestContext.authorizer?.jwt?.claims);
  if (!claims.success) throw unauthorized('the token lacks the tenant, organisation or subject claims');
  return {
    userId: claims.data.sub,
    tenant: claims.data[claimNames.tenant],
    organisation: claims.data[claimNames.organisation],
    roles: claims.data[claimNames.roles] ?? [],
  };
};

export const requireRole = (caller: Caller, allowed: readonly Role[]): void => {
  if (allowed.length > 0 && !caller.roles.some((role) => allowed.includes(role))) {
    throw forbidden(`this action needs one of the roles: ${allowed.join(', ')}`);
  }
};

/** The caller as the actor recorded in history and events. */
export const actorOf = (caller: Caller): Actor => ({ kind: 'user', id: caller.userId, organisation: caller.organisation, roles: caller.roles });
