import { createHash } from 'node:crypto';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { badRequest, unprocessable } from './errors.ts';

/** Keys are remembered this long: far beyond any client's retries. */
const keptSeconds = 7 * 24 * 3600;
const canonical = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)])) : value;

/**
 * The Idempotency-Key header (IETF httpapi draft, as Stripe uses it): the first request with a key is
 * remembered by a fingerprint of its body; a retry with the same key and body answers the first result,
 * and the same key with another body is refused (422 idempotency_key_reused) instead of silently
 * answering the first record.
 */
export const idempotencyKeys = (db: DynamoDBDocumentClient, tableName: string, now = () => Date.now()) => ({
  claim: async (tenant: TenantCode, userId: string, key: string | undefined, request: unknown) => {
    if (key === undefined) return;
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) throw badRequest('invalid Idempotency-Key', [{ path: 'headers.idempotency-key', message: 'must be 1 to 200 visible ASCII characters' }]);
    const requestHash = createHash('sha256').update(JSON.stringify(canonical(request))).digest('base64url');
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { pk: tenantKey(tenant, 'IDEMPOTENCY-KEY', userId, key), sk: 'KEY', requestHash, expiresAt: Math.floor(now() / 1000) + keptSeconds },
          ConditionExpression: 'attribute_not_exists(pk) OR requestHash = :hash',
          ExpressionAttributeValues: { ':hash': requestHash },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      throw unprocessable('this Idempotency-Key was used with a different request', [{ path: 'headers.idempotency-key', message: 'was used before with another body: use a new key for a new request' }], {}, 'idempotency_key_reused');
    }
  },
});
