import { z } from 'zod';
import { badRequest } from '../http/errors.ts';

/**
 * Opaque paging cursors: the index and DynamoDB key where the next page starts. A cursor is only
 * accepted for the same index and partition it came from, so it cannot steer a query elsewhere.
 */
const CursorBody = z.object({ i: z.string(), k: z.record(z.string(), z.string()) });

export const encodeCursor = (index: string, key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify({ i: index, k: key })).toString('base64url') : undefined;

export const decodeCursor = (cursor: string | undefined, index: string, partition: { attribute: string; value: string }) => {
  if (!cursor) return undefined;
  let body: z.infer<typeof CursorBody>;
  try {
    body = CursorBody.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest('invalid cursor', [{ path: 'query.cursor', message: 'is not a cursor this API issued' }]);
  }
  if (body.i !== index || body.k[partition.attribute] !== partition.value) {
    throw badRequest('invalid cursor', [{ path: 'query.cursor', message: 'belongs to another query; start again without it' }]);
  }
  return body.k;
};
