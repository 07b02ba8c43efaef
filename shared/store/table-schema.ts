/**
 * The physical shape of our tables: one declaration read by the CDK stack, the local runtime
 * and the repositories, so keys and index names cannot drift apart.
 */
export const recordsTable = {
  id: 'Records',
  partitionKey: 'pk',
  sortKey: 'sk',
  /**
   * Overloaded secondary indexes: each access pattern documents which one it uses. gsi1–8 and gsi10 hold
   * whole records (their lists show them); gsi9 holds keys only: what it finds is read by key afterwards, so
   * its copy costs no more to write than the keys. A deployed table takes one new index per update.
   */
  indexes: [
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ name: `gsi${n}`, partitionKey: `gsi${n}pk`, sortKey: `gsi${n}sk`, projection: 'all' as const })),
    { name: 'gsi9', partitionKey: 'gsi9pk', sortKey: 'gsi9sk', projection: 'keys-only' as const },
    { name: 'gsi10', partitionKey: 'gsi10pk', sortKey: 'gsi10sk', projection: 'all' as const },
  ],
  timeToLiveAttribute: 'expiresAt',
};

/** Powertools idempotency records (consumer deduplication by event id). */
export const idempotencyTable = {
  id: 'Idempotency',
  partitionKey: 'id',
  timeToLiveAttribute: 'expiration',
} as const;

/**
 * People and sign-in: users (with password hashes) and the OpenID Connect issuer's sessions, grants,
 * codes and refresh tokens. Apart from the records so that only the functions that sign people in or
 * administer them can read it.
 */
export const identityTable = {
  id: 'Identity',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [1, 2].map((n) => ({ name: `gsi${n}`, partitionKey: `gsi${n}pk`, sortKey: `gsi${n}sk`, projection: 'all' as const })),
  timeToLiveAttribute: 'expiresAt',
};

export type TableSchema = {
  id: string;
  partitionKey: string;
  sortKey?: string;
  indexes?: readonly { name: string; partitionKey: string; sortKey: string; projection: 'all' | 'keys-only' }[];
  timeToLiveAttribute: string;
};

export const tables: readonly TableSchema[] = [recordsTable, idempotencyTable, identityTable];
