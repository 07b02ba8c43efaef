import * as z from 'zod';

/**
 * A whole number in a request body: a JSON number, or the digits a form-urlencoded body sends. Nothing
 * else is taken for one — `true`, `[2]`, `""` or `"2.5"` answer 400 instead of being coerced.
 */
export const bodyInt = (bounds: { min?: number; max?: number } = {}) => {
  let int = z.number().int();
  if (bounds.min !== undefined) int = int.min(bounds.min);
  if (bounds.max !== undefined) int = int.max(bounds.max);
  return z.union([z.number(), z.string().trim().regex(/^-?\d{1,15}$/, 'must be a whole number').transform(Number)]).pipe(int);
};

/** Every change command carries the version the client read (optimistic concurrency). */
export const ExpectedVersion = { expectedVersion: bodyInt({ min: 1 }).describe('the `version` you read; a stale one answers 409 version_conflict') };
