import * as z from 'zod';
import { badRequest } from '../http/errors.ts';

/**
 * Opaque paging cursors: the index and DynamoDB key where the next page starts. A cursor is only
 * accepted for the same index and partition it came from, and only with exactly the key attributes a
 * page of that index ends on (table key + index key, all strings, bounded), so a forged one cannot steer
 * a query elsewhere or make DynamoDB refuse the request.
 */
const CursorBody = z.object({ i: z.string().max(20), k: z.record(z.string().max(20), z.string().min(1).max(1024)) });

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
  const expected = ['pk', 'sk', `${index}pk`, `${index}sk`].sort();
  const given = Object.keys(body.k).sort();
  if (body.i !== index || body.k[partition.attribute] !== partition.value || given.join() !== expected.join()) {
    throw badRequest('invalid cursor', [{ path: 'query.cursor', message: 'belongs to another query; start again without it' }]);
  }
  return body.k;
};
