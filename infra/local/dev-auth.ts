import { createLocalJWKSet, importJWK, jwtVerify, type JWTPayload, SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { issuerKeys, KeySeeds } from '#shared/identity/keys.ts';
import { apiAudience, tokenClaims } from '#shared/identity/tokens.ts';
import type { Role, TenantCode } from '#shared/tenancy/tenant.ts';

export type DevUser = { userId: string; name?: string; tenant: TenantCode; organisation: string; roles: Role[] };

export type DevAuth = {
  /** The issuer's key seeds: the local runtime hands them to the issuer function as its secret. */
  seeds: KeySeeds;
  /** The runtime names the issuer once it knows its address (`<url>/oidc`). */
  bindIssuer(issuer: string): void;
  /** A token as the issuer would sign it after a sign-in, for curl and tests. */
  sign(user: DevUser, expiresIn?: string): Promise<string>;
  /** Verifies like API Gateway's JWT authorizer (signature, issuer, audience, expiry required, not before) and returns its flattened claims. */
  verify(token: string): Promise<Record<string, string>>;
};

/** The local issuer's keys: seeds made on first start and kept in `keyFile`, so tokens survive restarts. */
export const devAuth = async (keyFile?: string): Promise<DevAuth> => {
  let seeds: KeySeeds;
  if (keyFile && existsSync(keyFile)) {
    seeds = KeySeeds.parse(JSON.parse(readFileSync(keyFile, 'utf8')));
  } else {
    seeds = { current: randomBytes(48).toString('base64url') };
    if (keyFile) {
      mkdirSync(path.dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify(seeds), { mode: 0o600 });
    }
  }
  const keys = issuerKeys(seeds);
  const signingKey = await importJWK(keys.signing[0]!, 'ES256');
  const jwks = createLocalJWKSet({ keys: keys.public });
  let issuer: string | undefined;
  const bound = () => {
    if (!issuer) throw new Error('the local issuer has no address yet: start the runtime first');
    return issuer;
  };

  return {
    seeds,
    bindIssuer: (url) => void (issuer = url),
    sign: (user, expiresIn = '12h') =>
      new SignJWT(tokenClaims({ ...user, name: user.name ?? user.userId }))
        .setProtectedHeader({ alg: 'ES256', kid: keys.signing[0]!.kid, typ: 'at+jwt' })
        .setSubject(user.userId)
        .setIssuer(bound())
        .setAudience(apiAudience)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(signingKey),
    verify: async (token) => {
      const { payload } = await jwtVerify(token, jwks, { issuer: bound(), audience: apiAudience, algorithms: ['ES256'], requiredClaims: ['exp'] });
      return flattenClaims(payload);
    },
  };
};

// API Gateway HTTP APIs hand claims to the function as strings, arrays as "[a b]"; do the same so handlers meet one shape.
const flattenClaims = (payload: JWTPayload): Record<string, string> =>
  Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
  );
