import { describe, expect, it } from 'vitest';
import { callerFrom, requireRole } from '#shared/http/caller.ts';
import type { HttpError } from '#shared/http/errors.ts';
import { claimsOf, httpEvent } from '../../support/http-events.ts';

describe('caller from JWT claims', () => {
  it('reads tenant, organisation and roles flattened by API Gateway ("[a b]")', () => {
    const caller = callerFrom(httpEvent({ claims: claimsOf({ 'cognito:groups': '[supervisor admin]' }) }));
    expect(caller).toEqual({ userId: 'user-1', tenant: '360923', organisation: 'office-aoyang', roles: ['supervisor', 'admin'] });
  });

  it('ignores groups that are not roles of ours', () => {
    expect(callerFrom(httpEvent({ claims: claimsOf({ 'cognito:groups': '[office us-east-1_Google]' }) })).roles).toEqual(['office']);
  });

  it('refuses a request without verified claims, or with a tenant that is not a division code, as 401', () => {
    for (const event of [httpEvent({}), httpEvent({ claims: claimsOf({ 'custom:tenant': '36092' }) })]) {
      expect(() => callerFrom(event)).toThrow(expect.objectContaining({ status: 401 }) as HttpError);
    }
  });

  it('refuses a caller without one of the allowed roles as 403', () => {
    const caller = callerFrom(httpEvent({ claims: claimsOf() }));
    expect(() => requireRole(caller, ['admin', 'supervisor'])).toThrow(expect.objectContaining({ status: 403 }) as HttpError);
    expect(() => requireRole(caller, ['office'])).not.toThrow();
    expect(() => requireRole(caller, [])).not.toThrow();
  });
});
