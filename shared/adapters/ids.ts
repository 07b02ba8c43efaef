import { createHash } from 'node:crypto';
import { monotonicFactory } from 'ulid';

/** Sortable unique ids (ULID): ordering by id is ordering by creation time. */
export type IdGenerator = () => string;

export const ulidGenerator: IdGenerator = monotonicFactory();

/** A stable id for "the same thing again": the same source line, or the same client request. */
export const stableId = (...parts: string[]) => createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 26).toUpperCase();
