import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import * as z from 'zod';
import type { Actor } from '../events/envelope.ts';
import { Role, TenantCode } from '../tenancy/tenant.ts';
import { forbidden, unauthorized } from './errors.ts';

const mapping = z.object({ tenant: z.string(), organisation: z.string(), roles: z.string() }).partial().catch({}).parse(JSON.parse(process.env.CLAIM_NAMES ?? '{}'));

/**
 * Claim names of our tokens: Cognito's names (custom attributes under `custom:`, groups under
 * `cognito:groups`), which our own issuer signs too; an external issuer's own names come through
 * `CLAIM_NAMES` (context `claimMapping`).
 */
export const claimNames = { tenant: mapping.tenant ?? 'custom:tenant', organisation: mapping.organisation ?? 'custom:org', roles: mapping.roles ?? 'cognito:groups' } as const;

/** The authenticated user behind a request. */
export type Caller = { userId: string; name?: string; tenant: TenantCode; organisation: string; roles: Role[] };

// API Gateway HTTP APIs flatten array claims into strings such as "[admin supervisor]".
const rolesClaim = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => (Array.isArray(value) ? value : value.replace(/^\[|\]$/g, '').split(/[\s,]+/)))
  .transform((names) => names.filter((name) => Role.safeParse(name).success) as Role[]);

const Claims = z.object({
  sub: z.string().min(1),
  tenant: TenantCode,
  organisation: z.string().min(1),
  roles: rolesClaim.optional(),
  name: z.string().min(1).max(100).optional(),
});

type AuthorizedEvent = Pick<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'>;

/** Reads the caller from the claims the JWT authorizer verified; refuses tokens without our claims. */
export const callerFrom = (event: AuthorizedEvent): Caller => {
  const raw: Record<string, unknown> = event.requestContext.authorizer?.jwt?.claims ?? {};
  const claims = Claims.safeParse({ sub: raw.sub, tenant: raw[claimNames.tenant], organisation: raw[claimNames.organisation], roles: raw[claimNames.roles], name: raw.name });
  if (!claims.success) throw unauthorized('the token lacks the tenant, organisation or subject claims');
  const { sub, name, tenant, organisation, roles } = claims.data;
  return { userId: sub, ...(name ? { name } : {}), tenant, organisation, roles: roles ?? [] };
};

export const requireRole = (caller: Caller, allowed: readonly Role[]): void => {
  if (allowed.length > 0 && !caller.roles.some((role) => allowed.includes(role))) {
    throw forbidden(`this action needs one of the roles: ${allowed.join(', ')}`);
  }
};

/**
 * Supervisors, admins and inspectors work across the bureau and read all of its rectification items; offices and
 * agencies read their own and those they follow up. `/v1/me` says which, so the pages offer the right filters.
 */
export const seesWholeBureau = (caller: Pick<Caller, 'roles'>) => caller.roles.some((r) => r === 'supervisor' || r === 'admin' || r === 'inspector');

/** The caller as the actor recorded in history and events. */
export const actorOf = (caller: Caller): Actor => ({ kind: 'user', id: caller.userId, ...(caller.name ? { name: caller.name } : {}), organisation: caller.organisation, roles: caller.roles });
