import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGet } from '../store/batch-get.ts';
import { queryAll } from '../store/query-all.ts';
import { commit, TransactionRefused, type TransactItem } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { type Contributions, counterRows, counterShards, difference, type Family, type Membership, membershipKey, rowKey, shardOf, type Tally } from './contributions.ts';

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

export type TenantChange = { tenant: TenantCode; change: FactChange<unknown> };

/** `maxTransactionItems`: DynamoDB's limit of actions in one TransactWriteItems (lower only to test the split). */
export const aggregateStore = (db: DynamoDBDocumentClient, tableName: string, { maxTransactionItems = 100 } = {}) => {
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

  /** One transaction's worth of changes, read and written together; how many facts changed. */
  const applyOnce = async (changes: readonly TenantChange[]): Promise<number> => {
    const subjects = new Map<string, { tenant: TenantCode; key: string; changes: FactChange<unknown>[] }>();
    for (const { tenant, change } of changes) {
      const id = `${tenant}#${change.key}`;
      const subject = subjects.get(id) ?? { tenant, key: change.key, changes: [] };
      subject.changes.push(change);
      subjects.set(id, subject);
    }
    const facts = new Map((await batchGet(db, tableName, [...subjects.values()].map((s) => factKey(s.tenant, s.key)))).map((item) => [item.pk as string, item]));

    const items: TransactItem[] = [];
    const rows = new Map<TenantCode, ReturnType<typeof counterRows>>();
    const rowsOf = (tenant: TenantCode) => rows.get(tenant) ?? rows.set(tenant, counterRows()).get(tenant)!;
    const memberMoves = new Map<string, { tenant: TenantCode; membership: Membership; delta: number }>();
    let changed = 0;
    for (const { tenant, key, changes: ofSubject } of subjects.values()) {
      const stored = facts.get(factKey(tenant, key).pk);
      const old = stored?.fact;
      // An event's merge sees the fact as the events before it in the batch left it: the same as one at a time.
      let next = old;
      for (const change of ofSubject) {
        const merged = change.merge(next);
        if (merged !== undefined) [next, changed] = [merged, changed + 1];
      }
      if (next === old) continue;
      const rev = (stored?.rev as number | undefined) ?? 0;
      items.push({
        Put: {
          TableName: tableName,
          Item: { ...factKey(tenant, key), fact: next, rev: rev + 1 },
          ConditionExpression: stored ? 'rev = :rev' : 'attribute_not_exists(pk)',
          ...(stored ? { ExpressionAttributeValues: { ':rev': rev } } : {}),
        },
      });
      const contributions = ofSubject[0]!.contributions;
      const moves = difference(contributions(old), contributions(next));
      moves.tallies.forEach((t) => rowsOf(tenant).add(shardOf(key), t));
      for (const { membership, delta } of moves.memberships) {
        const id = `${tenant}#${membershipKey(membership)}`;
        memberMoves.set(id, { tenant, membership, delta: (memberMoves.get(id)?.delta ?? 0) + delta });
      }
    }

    const moved = [...memberMoves.values()].filter((m) => m.delta !== 0);
    const counts = new Map((await batchGet(db, tableName, moved.map((m) => memberKey(m.tenant, m.membership)))).map((item) => [item.pk as string, item.count as number]));
    for (const { tenant, membership: m, delta } of moved) {
      const key = memberKey(tenant, m);
      const seen = counts.get(key.pk) ?? 0;
      const now = seen + delta;
      items.push(
        now > 0
          ? {
              Update: {
                TableName: tableName,
                Key: key,
                UpdateExpression: 'SET #count = :now',
                ConditionExpression: seen ? '#count = :seen' : 'attribute_not_exists(pk)',
                ExpressionAttributeNames: { '#count': 'count' },
                ExpressionAttributeValues: { ':now': now, ...(seen ? { ':seen': seen } : {}) },
              },
            }
          : { Delete: { TableName: tableName, Key: key, ConditionExpression: '#count = :seen', ExpressionAttributeNames: { '#count': 'count' }, ExpressionAttributeValues: { ':seen': seen } } },
      );
      const buckets: Record<string, number> = {};
      if (seen > 0) buckets[`${m.name}:${seen}`] = -1;
      if (now > 0) buckets[`${m.name}:${now}`] = (buckets[`${m.name}:${now}`] ?? 0) + 1;
      rowsOf(tenant).add(shardOf(m.member), { family: m.family, period: m.period, dimension: m.dimension, counts: buckets });
    }
    // Counter moves grouped per counter item: a transaction may touch each item once.
    for (const [tenant, ofTenant] of rows) {
      for (const { shard, tally } of ofTenant.rows()) {
        const nonZero = Object.fromEntries(Object.entries(tally.counts).filter(([, n]) => n !== 0));
        if (Object.keys(nonZero).length) items.push(counterUpdate(tenant, shard, { ...tally, counts: nonZero }));
      }
    }

    if (items.length > maxTransactionItems && subjects.size > 1) {
      // Too many rows for one transaction: each half of the subjects in its own (a subject's changes stay together).
      const all = [...subjects.values()];
      const changesOf = (part: typeof all) => part.flatMap(({ tenant, changes: ofSubject }) => ofSubject.map((change) => ({ tenant, change })));
      const half = Math.ceil(all.length / 2);
      return (await applyAll(changesOf(all.slice(0, half)))) + (await applyAll(changesOf(all.slice(half))));
    }
    if (items.length) await commit(db, tableName, items, []);
    return changed;
  };

  /**
   * Applies changes, of one event or of a whole batch, in one transaction where they fit: facts and member counts
   * read together, counter moves summed per counter row. How many changes moved a fact (a duplicate or older
   * event moves none). The writes are conditional on what was read, so concurrent deliveries retry rather than double-count.
   */
  const applyAll = async (changes: readonly TenantChange[]): Promise<number> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await applyOnce(changes);
      } catch (error) {
        // Another delivery changed a fact or a member count since we read them: read again.
        if (!(error instanceof TransactionRefused) || attempt >= maxAttempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  };

  /** Applies one change; false when the fact already said it (duplicate or older event). */
  const apply = async <F>(tenant: TenantCode, change: FactChange<F>) => (await applyAll([{ tenant, change: change as FactChange<unknown> }])) > 0;

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

  return { apply, applyAll, counters };
};
