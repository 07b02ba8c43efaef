/**
 * The physical shape of our tables: one declaration read by the CDK stack, the local runtime
 * and the repositories, so keys and index names cannot drift apart.
 */
export const recordsTable = {
  id: 'Records',
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Overloaded secondary indexes: each access pattern documents which one it uses. */
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
  timeToLiveAttribute: 'expiresAt',
} as const;

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
