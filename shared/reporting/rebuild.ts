import { DeleteCommand, type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { batchGet } from '../store/batch-get.ts';
import { queryAll } from '../store/query-all.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { aggregateStore, counterKey, counterPk, factKey, memberKey } from './aggregate-store.ts';
import { counterRows, counterShards, histogramTallies, type Membership, membershipKey, shardOf, type Tally } from './contributions.ts';
import { yearPeriod } from './period.ts';
import { families } from './reconciliation.ts';
import { counterRanges, keysInside, sourceSubjects } from './source-facts.ts';

export type Rebuild = { tenant: TenantCode; period: string; subjects: number; factsRepaired: number; rowsRewritten: number; membersRewritten: number };

/** A concurrent event moved a row or member between our read and our write: the pass starts over. */
class RowMoved extends Error {}
const maxPasses = 5;
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;


/**
 * Repairs a tenant's report aggregates of one year from the source records, in two steps:
 *   1. each subject's stored fact is set to what its source record says, through the same conditional
 *      transaction an event takes (so counters move by the difference, and a newer event is never undone);
 *   2. every counter row and member count of the year is compared with what the stored facts contribute,
 *      and each row that differs is rewritten whole, conditional on the values read (a corrupted or
 *      hand-edited counter is put right; a concurrent event makes the pass start over).
 * Safe to run while events flow, and again: a second run changes nothing.
 */
export const rebuildReports = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, year: number): Promise<Rebuild> => {
  const period = yearPeriod(year);
  const subjects = await sourceSubjects(db, tableName, tenant, period);
  const store = aggregateStore(db, tableName);
  let factsRepaired = 0;
  for (const subject of subjects) {
    if (await store.apply(tenant, { key: subject.key, merge: subject.repair, contributions: subject.contributions })) factsRepaired += 1;
  }

  const inside = keysInside(period);
  for (let pass = 1; ; pass++) {
    try {
      // Rows are read before the facts: an event landing in between moves a row we read, and our write fails.
      const actualRows = await readRows(db, tableName, tenant, counterRanges(period));
      const storedFacts = new Map(
        (await batchGet(db, tableName, subjects.map((s) => factKey(tenant, s.key)))).map((item) => [item.pk as string, item.fact] as const),
      );
      const expectedRows = counterRows();
      const memberships: Membership[] = [];
      for (const subject of subjects) {
        const contributions = subject.contributions(storedFacts.get(factKey(tenant, subject.key).pk));
        contributions.tallies.filter((t) => inside.has(t.period)).forEach((t) => expectedRows.add(shardOf(subject.key), t));
        memberships.push(...contributions.memberships.filter((m) => inside.has(m.period)));
      }
      histogramTallies(memberships).forEach((t) => expectedRows.add(shardOf(t.member), t));
      const rowsRewritten = await rewriteRows(db, tableName, tenant, actualRows, expectedRows.rows());
      const membersRewritten = await rewriteMembers(db, tableName, tenant, memberships);
      return { tenant, period: period.key, subjects: subjects.length, factsRepaired, rowsRewritten, membersRewritten };
    } catch (error) {
      if (!(error instanceof RowMoved) || pass >= maxPasses) throw error;
    }
  }
};

type StoredRow = Record<string, unknown> & { pk: string; sk: string };
// Sort keys hold `|` (between dimensions); JSON keeps the two apart whatever they hold.
const rowId = (key: { pk: string; sk: string }) => JSON.stringify([key.pk, key.sk]);

const readRows = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, ranges: ReturnType<typeof counterRanges>) => {
  const pages = await Promise.all(
    families.flatMap((family) =>
      Array.from({ length: counterShards }, (_, shard) =>
        ranges.map(([from, to]) =>
          queryAll(db, {
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
            ExpressionAttributeValues: { ':pk': counterPk(tenant, family, shard), ':from': from, ':to': to },
            ConsistentRead: true,
          }),
        ),
      ).flat(),
    ),
  );
  return new Map(pages.flat().map((item) => [rowId(item as StoredRow), item as StoredRow]));
};

const countsOf = (item: StoredRow | undefined) =>
  Object.fromEntries(Object.entries(item ?? {}).flatMap(([name, value]) => (name.startsWith('c:') ? [[name.slice(2), value as number]] : [])));

/** Writes each row whose counts differ from the expected ones; returns how many were written. */
const rewriteRows = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, actual: Map<string, StoredRow>, expected: { shard: number; tally: Tally }[]) => {
  const wanted = new Map<string, { tally: Tally }>(expected.map(({ shard, tally }) => {
    return [rowId(counterKey(tenant, shard, tally)), { tally }];
  }));
  let written = 0;
  for (const id of new Set([...actual.keys(), ...wanted.keys()])) {
    const stored = actual.get(id);
    const target = wanted.get(id);
    const have = countsOf(stored);
    const want = Object.fromEntries(Object.entries(target?.tally.counts ?? {}).filter(([, n]) => !same(n, 0)));
    const names = new Set([...Object.keys(have), ...Object.keys(want)]);
    if ([...names].every((name) => same(have[name] ?? 0, want[name] ?? 0))) continue;

    // The condition: every count read is still what we read, every count we add is still absent.
    const attributeNames: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const conditions: string[] = [];
    [...names].forEach((name, i) => {
      attributeNames[`#c${i}`] = `c:${name}`;
      if (name in have) {
        values[`:old${i}`] = have[name];
        conditions.push(`#c${i} = :old${i}`);
      } else conditions.push(`attribute_not_exists(#c${i})`);
    });
    const [pk, sk] = JSON.parse(id) as [string, string];
    try {
      if (!Object.keys(want).length) {
        await db.send(new DeleteCommand({ TableName: tableName, Key: { pk, sk }, ConditionExpression: conditions.join(' AND '), ExpressionAttributeNames: attributeNames, ExpressionAttributeValues: values }));
      } else {
        const set = ['#family = :family', '#period = :period', '#dimension = :dimension'];
        Object.assign(attributeNames, { '#family': 'family', '#period': 'period', '#dimension': 'dimension' });
        Object.assign(values, { ':family': target!.tally.family, ':period': target!.tally.period, ':dimension': target!.tally.dimension });
        Object.entries(target!.tally.labels ?? {}).forEach(([name, text], i) => {
          attributeNames[`#l${i}`] = `l:${name}`;
          values[`:l${i}`] = text;
          set.push(`#l${i} = :l${i}`);
        });
        const remove: string[] = [];
        [...names].forEach((name, i) => {
          if (name in want) {
            values[`:new${i}`] = want[name];
            set.push(`#c${i} = :new${i}`);
          } else remove.push(`#c${i}`);
        });
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { pk, sk },
            UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
            ConditionExpression: conditions.join(' AND '),
            ExpressionAttributeNames: attributeNames,
            ExpressionAttributeValues: values,
          }),
        );
      }
      written += 1;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RowMoved(id);
      throw error;
    }
  }
  return written;
};

/**
 * Sets each member's count to the number of its memberships. Only members some fact names can be
 * found (member rows are not listed by period); a stray member no fact names is left alone.
 */
const rewriteMembers = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, memberships: Membership[]) => {
  const wanted = new Map<string, { membership: Membership; count: number }>();
  for (const m of memberships) wanted.set(membershipKey(m), { membership: m, count: (wanted.get(membershipKey(m))?.count ?? 0) + 1 });
  const stored = new Map((await batchGet(db, tableName, [...wanted.values()].map((w) => memberKey(tenant, w.membership)))).map((item) => [item.pk as string, item.count as number]));
  let written = 0;
  for (const { membership, count } of wanted.values()) {
    const key = memberKey(tenant, membership);
    const seen = stored.get(key.pk);
    if (seen === count) continue;
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: 'SET #count = :count',
          ConditionExpression: seen === undefined ? 'attribute_not_exists(pk)' : '#count = :seen',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':count': count, ...(seen === undefined ? {} : { ':seen': seen }) },
        }),
      );
      written += 1;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RowMoved(key.pk);
      throw error;
    }
  }
  return written;
};
