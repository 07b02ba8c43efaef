import { createECDH, createHash, createHmac } from 'node:crypto';
import * as z from 'zod';

/**
 * The issuer's keys come from seeds: random strings kept as a secret (Secrets Manager generates one at
 * deploy; locally a file under .local/), never in the repository. Each seed gives one ES256 signing key
 * and one cookie key. The first seed signs; the others still verify, so rotation is: put a new seed first,
 * keep the old one second until its tokens have expired (a working day), then drop it.
 */
export const KeySeeds = z.object({ current: z.string().min(32), previous: z.string().min(32).optional() });
export type KeySeeds = z.infer<typeof KeySeeds>;

const b64u = (bytes: Buffer) => bytes.toString('base64url');

export type SigningJwk = { kty: 'EC'; crv: 'P-256'; d: string; x: string; y: string; kid: string; alg: 'ES256'; use: 'sig' };

const signingKey = (seed: string): SigningJwk => {
  const d = createHash('sha256').update(`judicial-inspection:oidc-signing:${seed}`).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey(); // 0x04 ‖ x ‖ y
  const [x, y] = [point.subarray(1, 33), point.subarray(33, 65)];
  return { kty: 'EC', crv: 'P-256', d: b64u(d), x: b64u(x), y: b64u(y), kid: b64u(createHash('sha256').update(point).digest()).slice(0, 16), alg: 'ES256', use: 'sig' };
};

export const issuerKeys = (seeds: KeySeeds) => {
  const all = [seeds.current, ...(seeds.previous ? [seeds.previous] : [])];
  const signing = all.map(signingKey);
  return {
    /** Private JWKs, the current one first (what oidc-provider signs with). */
    signing,
    /** What /oidc/jwks publishes and API Gateway verifies with. */
    public: signing.map(({ d: _d, ...key }) => key),
    cookieKeys: all.map((seed) => b64u(createHmac('sha256', seed).update('judicial-inspection:oidc-cookies').digest())),
  };
};
export type IssuerKeys = ReturnType<typeof issuerKeys>;
