import { createHash } from 'node:crypto';
import { fingerprintOf } from '../store/request-fingerprint.ts';
import { badRequest, unprocessable } from './errors.ts';

const canonical = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)])) : value;

/** A creating request sent with an Idempotency-Key: the key names the record, the fingerprint its body. */
export type KeyedRequest = { key: string; fingerprint: string };

/**
 * The Idempotency-Key header (IETF httpapi draft, as Stripe uses it) and a fingerprint of the body it came
 * with; undefined without the header. The record a keyed request creates takes its id from the key and
 * keeps the fingerprint (shared/store/request-fingerprint.ts), so a retry answers that record and no row of its own is written for the key.
 */
export const keyedRequest = (key: string | undefined, body: unknown): KeyedRequest | undefined => {
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) throw badRequest('invalid Idempotency-Key', [{ path: 'headers.idempotency-key', message: 'must be 1 to 200 visible ASCII characters' }]);
  return { key, fingerprint: createHash('sha256').update(JSON.stringify(canonical(body))).digest('base64url') };
};

/**
 * A retry of a keyed request answers the record the first one created; the same key with another body is
 * refused (422 idempotency_key_reused) instead of silently answering that record.
 */
export const replayed = <T extends object>(existing: T, request: KeyedRequest | undefined): T => {
  const first = fingerprintOf(existing);
  if (request && first && first !== request.fingerprint) {
    throw unprocessable('this Idempotency-Key was used with a different request', [{ path: 'headers.idempotency-key', message: 'was used before with another body: use a new key for a new request' }], {}, 'idempotency_key_reused');
  }
  return existing;
};
