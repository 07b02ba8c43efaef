import { exportJWK, generateKeyPair, importJWK, type JWK, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { claimNames } from '#shared/http/caller.ts';
import type { Role, TenantCode } from '#shared/tenancy/tenant.ts';

export const devIssuer = 'urn:judicial-inspection:local-dev';
export const devAudience = 'judicial-inspection-local';

export type DevUser = { userId: string; tenant: TenantCode; organisation: string; roles: Role[] };

export type DevAuth = {
  sign(user: DevUser, expiresIn?: string): Promise<string>;
  /** Verifies like API Gateway's JWT authorizer (signature, issuer, audience, expiry) and returns its flattened claims. */
  verify(token: string): Promise<Record<string, string>>;
};

type KeyFile = { privateKey: JWK; publicKey: JWK };

/** The local stand-in for Cognito: an ES256 key made on first start (kept in `keyFile` so tokens survive restarts). */
export const devAuth = async (keyFile?: string): Promise<DevAuth> => {
  let keys: KeyFile;
  if (keyFile && existsSync(keyFile)) {
    keys = JSON.parse(readFileSync(keyFile, 'utf8')) as KeyFile;
  } else {
    const pair = await generateKeyPair('ES256', { extractable: true });
    keys = { privateKey: await exportJWK(pair.privateKey), publicKey: await exportJWK(pair.publicKey) };
    if (keyFile) {
      mkdirSync(path.dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify(keys), { mode: 0o600 });
    }
  }
  const privateKey = await importJWK(keys.privateKey, 'ES256');
  const publicKey = await importJWK(keys.publicKey, 'ES256');

  return {
    sign: (user, expiresIn = '12h') =>
      new SignJWT({
        [claimNames.tenant]: user.tenant,
        [claimNames.organisation]: user.organisation,
        [claimNames.roles]: user.roles,
        token_use: 'id',
      })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(user.userId)
        .setIssuer(devIssuer)
        .setAudience(devAudience)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
    verify: async (token) => {
      const { payload } = await jwtVerify(token, publicKey, { issuer: devIssuer, audience: devAudience, algorithms: ['ES256'] });
      return flattenClaims(payload);
    },
  };
};

// API Gateway HTTP APIs hand claims to the function as strings, arrays as "[a b]"; do the same so handlers meet one shape.
const flattenClaims = (payload: JWTPayload): Record<string, string> =>
  Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
  );
