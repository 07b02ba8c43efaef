import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '../store/query-all.ts';
import { commit, TransactionRefused, type TransactItem } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { type Contributions, counterRows, counterShards, difference, type Family, type Membership, rowKey, shardOf, type Tally } from './contributions.ts';

/** One subject's fact changing: how to merge what an event says into what is stored, and what a fact counts. */
export type FactChange<F> = {
  key: string;
  merge: (old: F | undefined) => F | undefined;
  contributions: (fact: F | undefined) => Contributions;
};

/** A counter row as read back: shards summed. */
export type CounterRow = { family: Family; period: string; dimension: Record<string, string>; counts: Record<string, number>; labels: Record<string, string> };

/**
 * Report aggregates, all in the records table:
 *   fact     `T#<tenant>#RPT#FACT#<subject>`: the latest state seen of one subject (`rev` guards writes);
 *   counters `T#<tenant>#RPT#<family>#<shard>` / `<period>#<dimension>`: additive figures, `c:<name>`
 *            attributes, spread over `counterShards` partition keys by a hash of the subject;
 *   members  `T#<tenant>#RPT#<family>#MEMBER#<period>#<dimension>#<name>#<member>`: one member's count,
 *            read and moved together with its histogram bucket.
 * A fact, its counter moves and its member moves are written in one transaction, conditional on the
 * fact and member counts read, so concurrent changes retry rather than double-count.
 */
export const factKey = (tenant: TenantCode, key: string) => ({ pk: tenantKey(tenant, 'RPT', 'FACT', key), sk: 'FACT' });
export const counterPk = (tenant: TenantCode, family: Family, shard: number) => tenantKey(tenant, 'RPT', family, String(shard));
export const counterKey = (tenant: TenantCode, shard: number, t: Pick<Tally, 'family' | 'period' | 'dimension'>) => ({ pk: counterPk(tenant, t.family, shard), sk: rowKey(t) });
export const factItem = (tenant: TenantCode, key: string, fact: unknown) => ({ ...factKey(tenant, key), fact, rev: 1 });
/** A counter row written whole, as the `counterUpdate`s of all its subjects would leave it (bulk loads, benchmarks). */
export const counterItem = (tenant: TenantCode, shard: number, t: Tally) => ({
  ...counterKey(tenant, shard, t),
  family: t.family,
  period: t.period,
  dimension: t.dimension,
  ...Object.fromEntries(Object.entries(t.labels ?? {}).map(([name, text]) => [`l:${name}`, text])),
  ...Object.fromEntries(Object.entries(t.counts).map(([name, n]) => [`c:${name}`, n])),
});
export const memberKey = (tenant: TenantCode, m: Membership) => ({ pk: tenantKey(tenant, 'RPT', m.family, 'MEMBER', rowKey(m), m.name, m.member), sk: 'MEMBER' });

const maxAttempts = 8;

export const aggregateStore = (db: DynamoDBDocumentClient, tableName: string) => {
  const counterUpdate = (tenant: TenantCode, shard: number, t: Tally): TransactItem => {
    const names: Record<string, string> = { '#dimension': 'dimension', '#period': 'period', '#family': 'family' };
    const values: Record<string, unknown> = { ':dimension': t.dimension, ':period': t.period, ':family': t.family };
    const set = ['#dimension = if_not_exists(#dimension, :dimension)', '#period = if_not_exists(#period, :period)', '#family = if_not_exists(#family, :family)'];
    Object.entries(t.labels ?? {}).forEach(([name, text], i) => {
      names[`#l${i}`] = `l:${name}`;
      values[`:l${i}`] = text;
      set.push(`#l${i} = if_not_exists(#l${i}, :l${i})`);
    });
    const add = Object.entries(t.counts).map(([name, n], i) => {
      names[`#c${i}`] = `c:${name}`;
      values[`:c${i}`] = n;
      return `#c${i} :c${i}`;
    });
    return {
      Update: {
        TableName: tableName,
        Key: counterKey(tenant, shard, t),
        UpdateExpression: `SET ${set.join(', ')} ADD ${add.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  };

  const memberCount = async (tenant: TenantCode, m: Membership) =>
    ((await db.send(new GetCommand({ TableName: tableName, Key: memberKey(tenant, m), ConsistentRead: true }))).Item?.count as number | undefined) ?? 0;

  /** Applies one change; false when the fact already said it (duplicate or older event). */
  const apply = async <F>(tenant: TenantCode, change: FactChange<F>): Promise<boolean> => {
    for (let attempt = 1; ; attempt++) {
      const stored = (await db.send(new GetCommand({ TableName: tableName, Key: factKey(tenant, change.key), ConsistentRead: true }))).Item;
      const old = stored?.fact as F | undefined;
      const rev = (stored?.rev as number | undefined) ?? 0;
      const next = change.merge(old);
      if (next === undefined) return false;
      const moves = difference(change.contributions(old), change.contributions(next));

      const items: TransactItem[] = [
        {
          Put: {
            TableName: tableName,
            Item: { ...factKey(tenant, change.key), fact: next, rev: rev + 1 },
            ConditionExpression: stored ? 'rev = :rev' : 'attribute_not_exists(pk)',
            ...(stored ? { ExpressionAttributeValues: { ':rev': rev } } : {}),
          },
        },
      ];
      // Counter moves grouped per counter item: a transaction may touch each item once.
      const rows = counterRows();
      moves.tallies.forEach((t) => rows.add(shardOf(change.key), t));

      const seenCounts = await Promise.all(moves.memberships.map(({ membership }) => memberCount(tenant, membership)));
      for (const [i, { membership: m, delta }] of moves.memberships.entries()) {
        const seen = seenCounts[i]!;
        const now = seen + delta;
        items.push(
          now > 0
            ? {
                Update: {
                  TableName: tableName,
                  Key: memberKey(tenant, m),
                  UpdateExpression: 'SET #count = :now',
                  ConditionExpression: seen ? '#count = :seen' : 'attribute_not_exists(pk)',
                  ExpressionAttributeNames: { '#count': 'count' },
                  ExpressionAttributeValues: { ':now': now, ...(seen ? { ':seen': seen } : {}) },
                },
              }
            : { Delete: { TableName: tableName, Key: memberKey(tenant, m), ConditionExpression: '#count = :seen', ExpressionAttributeNames: { '#count': 'count' }, ExpressionAttributeValues: { ':seen': seen } } },
        );
        const counts: Record<string, number> = {};
        if (seen > 0) counts[`${m.name}:${seen}`] = -1;
        if (now > 0) counts[`${m.name}:${now}`] = (counts[`${m.name}:${now}`] ?? 0) + 1;
        rows.add(shardOf(m.member), { family: m.family, period: m.period, dimension: m.dimension, counts });
      }
      for (const { shard, tally } of rows.rows()) {
        const counts = Object.fromEntries(Object.entries(tally.counts).filter(([, n]) => n !== 0));
        if (Object.keys(counts).length) items.push(counterUpdate(tenant, shard, { ...tally, counts }));
      }

      try {
        await commit(db, tableName, items, []);
        return true;
      } catch (error) {
        // Another delivery changed the fact or a member count since we read them: read again.
        if (!(error instanceof TransactionRefused) || attempt >= maxAttempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  };

  /** Counter rows of a family with sort keys in [from, to], shards summed; cost bounded by rows, not records. */
  const counters = async (tenant: TenantCode, family: Family, from: string, to: string): Promise<CounterRow[]> => {
    const pages = await Promise.all(
      Array.from({ length: counterShards }, (_, shard) =>
        queryAll(db, {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': counterPk(tenant, family, shard), ':from': from, ':to': to },
        }),
      ),
    );
    const rows = new Map<string, CounterRow>();
    for (const item of pages.flat()) {
      const row = rows.get(item.sk as string) ?? { family, period: item.period as string, dimension: item.dimension as Record<string, string>, counts: {}, labels: {} };
      for (const [attribute, value] of Object.entries(item)) {
        if (attribute.startsWith('c:')) row.counts[attribute.slice(2)] = (row.counts[attribute.slice(2)] ?? 0) + (value as number);
        else if (attribute.startsWith('l:')) row.labels[attribute.slice(2)] = value as string;
      }
      rows.set(item.sk as string, row);
    }
    return [...rows.values()];
  };

  return { apply, counters };
};
