import { claimNames } from '../http/caller.ts';
import type { Role } from '../tenancy/tenant.ts';

/** The audience of access tokens for this API: API Gateway's JWT authorizer accepts only these. */
export const apiAudience = 'urn:judicial-inspection:api';

/**
 * The claims the API reads (the same names Cognito uses, so `callerFrom` and the authorizer work
 * unchanged whichever issuer signed the token), plus the person's name for history entries.
 */
export const tokenClaims = (user: { tenant: string; organisation: string; roles: readonly Role[]; name?: string }) => ({
  [claimNames.tenant]: user.tenant,
  [claimNames.organisation]: user.organisation,
  [claimNames.roles]: [...user.roles],
  ...(user.name ? { name: user.name } : {}),
});
