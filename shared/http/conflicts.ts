import { TransactionRefused } from '../store/transaction.ts';
import { type ErrorCode, HttpError } from './errors.ts';

/**
 * Runs a conditional write; a refused condition (someone changed the record meanwhile) answers 409,
 * `version_conflict` when the client's version is stale, `conflict` for other races.
 */
export const conflictOnRefusal = async <T>(
  message: string,
  write: () => Promise<T>,
  details: Record<string, unknown> = {},
  code: Extract<ErrorCode, 'conflict' | 'version_conflict'> = 'conflict',
): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (error instanceof TransactionRefused) throw new HttpError(409, code, message, [], details);
    throw error;
  }
};
