/**
 * The physical shape of our tables: one declaration read by the CDK stack, the local runtime
 * and the repositories, so keys and index names cannot drift apart.
 */
export const recordsTable = {
  id: 'Records',
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Overloaded secondary indexes: each access pattern documents which one it uses. */
  // Declared up front: a deployed table takes only one new GSI per update.
  indexes: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ name: `gsi${n}`, partitionKey: `gsi${n}pk`, sortKey: `gsi${n}sk` })),
  timeToLiveAttribute: 'expiresAt',
};

/** Powertools idempotency records (consumer deduplication by event id). */
export const idempotencyTable = {
  id: 'Idempotency',
  partitionKey: 'id',
  timeToLiveAttribute: 'expiration',
} as const;

export type TableSchema = {
  id: string;
  partitionKey: string;
  sortKey?: string;
  indexes?: readonly { name: string; partitionKey: string; sortKey: string }[];
  timeToLiveAttribute: string;
};

export const tables: readonly TableSchema[] = [recordsTable, idempotencyTable];
