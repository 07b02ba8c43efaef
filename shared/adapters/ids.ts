import { monotonicFactory } from 'ulid';

/** Sortable unique ids (ULID): ordering by id is ordering by creation time. */
export type IdGenerator = () => string;

export const ulidGenerator: IdGenerator = monotonicFactory();
