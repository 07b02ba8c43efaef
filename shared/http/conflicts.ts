import { TransactionRefused } from '../store/transaction.ts';
import { conflict } from './errors.ts';

/** Runs a conditional write; a refused condition (someone changed the record meanwhile) answers 409. */
export const conflictOnRefusal = async <T>(message: string, write: () => Promise<T>, details: Record<string, unknown> = {}): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (error instanceof TransactionRefused) throw conflict(message, details);
    throw error;
  }
};
