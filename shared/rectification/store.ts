import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { addDays, type CalendarDate } from '../calendar/working-calendar.ts';
import type { DomainEvent } from '../events/catalog.ts';
import { decodeCursor, encodeCursor } from '../store/cursor.ts';
import { batchGet } from '../store/batch-get.ts';
import { queryAll } from '../store/query-all.ts';
import { fingerprintColumn, withStoredFingerprint } from '../store/request-fingerprint.ts';
import { commit, type TransactItem } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { isOpen, isSettled, Rectification, type RectificationStatus } from './rectification.ts';
import type { WarningColour } from './warning-colour.ts';

/**
 * Rectification items and their access patterns. One row per item; the secondary indexes are:
 *   gsi1 status · gsi2 responsible organisation · gsi3 source kind · gsi4 all items of the tenant
 *   (each sorted by deadline) · gsi5 open items by yellowFrom (colour) · gsi6 open items by deadline
 *   (red, overdue, due soon) · gsi7 items under listed supervision (挂牌督办), sparse · gsi8 extension
 *   requests waiting for a decision, by request date, and closed items by closing date (an item is one or
 *   the other, never both) · gsi9 every item by assignment date, keys only. gsi8 and gsi9 let an export
 *   read the items of its period, however many other years the tenant holds · gsi10 items an organisation
 *   follows up (督促: an agency its enterprises' items), sparse, by deadline.
 */
const rect = (tenant: TenantCode, ...parts: string[]) => tenantKey(tenant, 'RECT', ...parts);
/** Every item row of the tenant (gsi4). */
const allRows = (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode) =>
  queryAll(db, { TableName: tableName, IndexName: 'gsi4', KeyConditionExpression: 'gsi4pk = :pk', ExpressionAttributeValues: { ':pk': rect(tenant, 'ALL') } });

const indexKeys = (item: Rectification) => {
  const byDeadline = `${item.deadline}#${item.id}`;
  return {
    gsi1pk: rect(item.tenant, 'STATUS', item.status),
    gsi1sk: byDeadline,
    gsi2pk: rect(item.tenant, 'ORG', item.responsibility.organisation),
    gsi2sk: byDeadline,
    gsi3pk: rect(item.tenant, 'SOURCE', item.source.kind),
    gsi3sk: byDeadline,
    gsi4pk: rect(item.tenant, 'ALL'),
    gsi4sk: byDeadline,
    ...(isOpen(item) && item.yellowFrom ? { gsi5pk: rect(item.tenant, 'OPEN'), gsi5sk: `${item.yellowFrom}#${item.id}` } : {}),
    ...(isOpen(item) ? { gsi6pk: rect(item.tenant, 'OPEN'), gsi6sk: byDeadline } : {}),
    ...(isOpen(item) && item.escalation ? { gsi7pk: rect(item.tenant, 'ESCALATED'), gsi7sk: byDeadline } : {}),
    ...(isOpen(item) && item.pendingExtension ? { gsi8pk: rect(item.tenant, 'EXTENSION'), gsi8sk: `${item.pendingExtension.requestedOn}#${item.id}` } : {}),
    ...(item.status === 'closed' && item.closedOn ? { gsi8pk: rect(item.tenant, 'CLOSED'), gsi8sk: `${item.closedOn}#${item.id}` } : {}),
    gsi9pk: rect(item.tenant, 'ASSIGNED'),
    gsi9sk: `${item.assignedOn}#${item.id}`,
    ...(item.responsibility.supervisingOrganisation ? { gsi10pk: rect(item.tenant, 'SUPERVISED', item.responsibility.supervisingOrganisation), gsi10sk: byDeadline } : {}),
  };
};

// Filtered attributes are copied to the top level under names DynamoDB does not reserve.
export const rectificationRow = (item: Rectification) => ({
  pk: rect(item.tenant, item.id),
  sk: 'ITEM',
  kind: 'rectification',
  ...indexKeys(item),
  rVersion: item.version,
  rStatus: item.status,
  rOrg: item.responsibility.organisation,
  rDeadline: item.deadline,
  rYellowFrom: item.yellowFrom,
  rRedFrom: item.redFrom,
  item,
  ...fingerprintColumn(item),
});

/** The item a row holds, with the fingerprint of the request that created it (if any) for the next write to keep. */
const itemOf = (row: Record<string, unknown>) => withStoredFingerprint(Rectification.parse(row.item), row);

/** One row per dated measure, so "measures due today" is a range query on one key. */
export type MeasureDue = { itemId: string; organisation: string; supervisingOrganisation?: string; title: string; measure: string; dueDate: CalendarDate };
/** Measure rows follow their item and measure: present while both are open, gone once either is settled. */
const measureWrites = (tableName: string, item: Rectification): TransactItem[] =>
  item.measures.flatMap((m): TransactItem[] => {
    if (!m.dueDate) return [];
    const key = { pk: rect(item.tenant, 'MEASURE-DUE'), sk: `${m.dueDate}#${item.id}#${m.id}` };
    if (!isOpen(item) || isSettled(m)) return [{ Delete: { TableName: tableName, Key: key } }];
    const due: MeasureDue = { itemId: item.id, organisation: item.responsibility.organisation, supervisingOrganisation: item.responsibility.supervisingOrganisation, title: item.problem.title, measure: m.text, dueDate: m.dueDate };
    return [{ Put: { TableName: tableName, Item: { ...key, due } } }];
  });

export type ListFilter = {
  status?: RectificationStatus;
  colour?: WarningColour;
  organisation?: string;
  /** Items this organisation follows up (responsibility.supervisingOrganisation). */
  supervising?: string;
  source?: 'checklist' | 'inspection' | 'manual';
  escalated?: boolean;
  dueBefore?: CalendarDate;
};
export type Page = { items: Rectification[]; cursor?: string };

export const rectificationStore = (db: DynamoDBDocumentClient, tableName: string) => {
  /** Every item of an index partition whose sort key starts with a date in [from, to]. */
  const inDateRange = async (index: string, partition: string, from: CalendarDate | undefined, to: CalendarDate) =>
    (
      await queryAll(db, {
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: from ? `${index}pk = :pk AND ${index}sk BETWEEN :from AND :to` : `${index}pk = :pk AND ${index}sk <= :to`,
        ExpressionAttributeValues: { ':pk': partition, ':to': `${to}#~`, ...(from ? { ':from': `${from}#` } : {}) },
      })
    ).map(itemOf);

  const put = (item: Rectification, condition: Pick<NonNullable<TransactItem['Put']>, 'ConditionExpression' | 'ExpressionAttributeValues'>): TransactItem => ({
    Put: { TableName: tableName, Item: rectificationRow(item), ...condition },
  });

  const creationWrites = (item: Rectification): TransactItem[] => [put(item, { ConditionExpression: 'attribute_not_exists(pk)' }), ...measureWrites(tableName, item)];

  /** Every item of the tenant (gsi4): for report reconciliation and the index backfill, never for a report's figures. */
  const all = async (tenant: TenantCode): Promise<Rectification[]> => (await allRows(db, tableName, tenant)).map((row) => row.item as Rectification);
  /** The items of these ids that exist, in no particular order, as read a moment ago (for listings such as exports). */
  const byIds = async (tenant: TenantCode, ids: readonly string[]): Promise<Rectification[]> =>
    (await batchGet(db, tableName, [...new Set(ids)].map((id) => ({ pk: rect(tenant, id), sk: 'ITEM' })), { consistent: false })).map(itemOf);
  const laterIndexes = indexKeyBackfill(db, tableName);

  return {
    all,
    byIds,

    /**
     * Items assigned or closed in [from, to]: by gsi9 and gsi8 once every row of the tenant carries their keys
     * (indexKeyBackfill), by reading every item until then.
     */
    assignedOrClosedBetween: async (tenant: TenantCode, from: CalendarDate, to: CalendarDate): Promise<Rectification[]> => {
      const inPeriod = (date: string | undefined) => date !== undefined && date >= from && date <= to;
      if (!(await laterIndexes.periodReady(tenant))) return (await all(tenant)).filter((i) => inPeriod(i.assignedOn) || (i.status === 'closed' && inPeriod(i.closedOn)));
      const range = (index: string, partition: string): QueryCommandInput => ({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk AND ${index}sk BETWEEN :from AND :to`,
        ExpressionAttributeValues: { ':pk': partition, ':from': `${from}#`, ':to': `${to}#~` },
      });
      const [assigned, closed] = await Promise.all([queryAll(db, range('gsi9', rect(tenant, 'ASSIGNED'))), queryAll(db, range('gsi8', rect(tenant, 'CLOSED')))]);
      // gsi9 holds keys only: its items are read by key, except those gsi8 has brought whole already.
      const known = new Set(closed.map((row) => row.pk));
      const rest = await batchGet(db, tableName, assigned.filter((row) => !known.has(row.pk)).map((row) => ({ pk: row.pk, sk: row.sk })), { consistent: false });
      return [...closed, ...rest].map(itemOf);
    },

    get: async (tenant: TenantCode, id: string): Promise<Rectification | undefined> => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: rect(tenant, id), sk: 'ITEM' }, ConsistentRead: true }));
      return Item ? itemOf(Item) : undefined;
    },

    /**
     * Creates the item with its events; refused (TransactionRefused) when the id exists already. `also` (its campaign's
     * counts) is written second, so a refusal's reasons say which of the two changed: [item, also, …].
     */
    create: (item: Rectification, events: readonly DomainEvent[], also: TransactItem[] = []) => {
      const [record, ...measures] = creationWrites(item);
      return commit(db, tableName, [record!, ...also, ...measures], events);
    },
    /** A new item's writes (the record first, refused if its id exists; then its measure rows), for a larger transaction. */
    creationWrites,

    /** Replaces the item if nobody changed it since `expectedVersion` was read (optimistic concurrency); `also` as in create. */
    update: (item: Rectification, expectedVersion: number, events: readonly DomainEvent[], also: TransactItem[] = []) =>
      commit(db, tableName, [put(item, { ConditionExpression: 'rVersion = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }), ...also, ...measureWrites(tableName, item)], events),

    /** Measures of open items falling due in [from, to]. */
    measuresDueBetween: async (tenant: TenantCode, from: CalendarDate, to: CalendarDate) => {
      const page = await db.send(
        new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to', ExpressionAttributeValues: { ':pk': rect(tenant, 'MEASURE-DUE'), ':from': `${from}#`, ':to': `${to}#~` } }),
      );
      return (page.Items ?? []).map((i) => i.due as MeasureDue);
    },

    list: async (tenant: TenantCode, filter: ListFilter, today: CalendarDate, limit: number, cursor?: string): Promise<Page> => {
      // The most selective filter picks the index; the others narrow within it.
      const upper = (date: CalendarDate) => `${date}#`; // sorts before every `${date}#id`
      let index: string;
      let partition: string;
      let range: { expression: string; values: Record<string, string> } | undefined;
      const filters: string[] = [];
      const values: Record<string, unknown> = {};
      const dueBefore = () => {
        if (!filter.dueBefore) return;
        filters.push('rDeadline < :dueBefore');
        values[':dueBefore'] = filter.dueBefore;
      };

      if (filter.supervising) [index, partition] = ['gsi10', rect(tenant, 'SUPERVISED', filter.supervising)];
      else if (filter.escalated) [index, partition] = ['gsi7', rect(tenant, 'ESCALATED')];
      else if (filter.source) [index, partition] = ['gsi3', rect(tenant, 'SOURCE', filter.source)];
      else if (filter.organisation) [index, partition] = ['gsi2', rect(tenant, 'ORG', filter.organisation)];
      else if (filter.status) [index, partition] = ['gsi1', rect(tenant, 'STATUS', filter.status)];
      else if (filter.colour === 'red') [index, partition] = ['gsi6', rect(tenant, 'OPEN')];
      else if (filter.colour) [index, partition] = ['gsi5', rect(tenant, 'OPEN')];
      else [index, partition] = ['gsi4', rect(tenant, 'ALL')];

      const sortKey = `${index}sk`;
      if (index === 'gsi5') {
        // yellowFrom ≤ today: yellow or red; yellowFrom > today: green.
        range = filter.colour === 'green' ? { expression: `${sortKey} > :edge`, values: { ':edge': `${today}#~` } } : { expression: `${sortKey} < :edge`, values: { ':edge': `${today}#~` } };
        if (filter.colour === 'yellow') {
          filters.push('rDeadline >= :today');
          values[':today'] = today;
        }
        dueBefore();
      } else if (index === 'gsi6') {
        const before = filter.dueBefore && filter.dueBefore < today ? filter.dueBefore : today;
        range = { expression: `${sortKey} < :before`, values: { ':before': upper(before) } };
      } else if (filter.dueBefore) {
        range = { expression: `${sortKey} < :before`, values: { ':before': upper(filter.dueBefore) } };
      }

      if (filter.escalated === false) filters.push('attribute_not_exists(gsi7pk)');
      if (filter.escalated && index !== 'gsi7') filters.push('attribute_exists(gsi7pk)');
      if (filter.source && index !== 'gsi3') {
        filters.push('gsi3pk = :source');
        values[':source'] = rect(tenant, 'SOURCE', filter.source);
      }
      if (filter.status && index !== 'gsi1') {
        filters.push('rStatus = :status');
        values[':status'] = filter.status;
      }
      if (filter.organisation && index !== 'gsi2') {
        filters.push('rOrg = :org');
        values[':org'] = filter.organisation;
      }
      if (filter.colour && index !== 'gsi5' && index !== 'gsi6') {
        filters.push(filter.colour === 'red' ? 'rRedFrom <= :today' : filter.colour === 'yellow' ? 'rYellowFrom <= :today AND rRedFrom > :today' : 'rYellowFrom > :today');
        values[':today'] = today;
      }
      if (filter.colour === 'red' && index !== 'gsi6') filters.push('attribute_exists(gsi6pk)');
      if (filter.colour && filter.colour !== 'red' && index !== 'gsi5' && index !== 'gsi6') filters.push('attribute_exists(gsi5pk)');

      const input: QueryCommandInput = {
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk${range ? ` AND ${range.expression}` : ''}`,
        ExpressionAttributeValues: { ':pk': partition, ...range?.values, ...values },
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, index, { attribute: `${index}pk`, value: partition }),
      };
      const page = await db.send(new QueryCommand(input));
      return { items: (page.Items ?? []).map(itemOf), cursor: encodeCursor(index, page.LastEvaluatedKey) };
    },

    /** Open items whose deadline lies in [from, to]: turning red, overdue (gsi6). */
    openDueBetween: (tenant: TenantCode, from: CalendarDate | undefined, to: CalendarDate) => inDateRange('gsi6', rect(tenant, 'OPEN'), from, to),
    /** Open items whose yellow date lies in (after, upTo] (gsi5). */
    turningYellowBetween: (tenant: TenantCode, after: CalendarDate, upTo: CalendarDate) => inDateRange('gsi5', rect(tenant, 'OPEN'), addDays(after, 1), upTo),
    /** Extension requests made on or before `upTo` and still waiting (gsi8). */
    extensionsWaitingSince: (tenant: TenantCode, upTo: CalendarDate) => inDateRange('gsi8', rect(tenant, 'EXTENSION'), undefined, upTo),

  };
};

/**
 * Index keys added after rows were written, each set marked ready per tenant once every row carries it:
 * gsi8's closed items and gsi9 (period reads, which read every item until then, so an export never misses an
 * old item), and gsi10 (follow-up lists; rows written before it are listed once it is marked).
 */
const laterIndexKeys = [
  { marker: 'READY', keys: /^gsi[89](pk|sk)$/ },
  { marker: 'READY#gsi10', keys: /^gsi10(pk|sk)$/ },
] as const;

/**
 * The backfill gives every row of a tenant the later keys it would be written with today, then marks those
 * ready. The daily rectification watch runs it; once a tenant is marked, it costs one read. Stopped midway,
 * the next run carries on.
 */
export const indexKeyBackfill = (db: DynamoDBDocumentClient, tableName: string) => {
  // The partition's name predates gsi10; deployed markers keep it.
  const marker = (tenant: TenantCode, sk: string) => ({ pk: rect(tenant, 'PERIOD-INDEXES'), sk });
  const marked = async (tenant: TenantCode) =>
    new Set((await queryAll(db, { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': marker(tenant, '').pk } })).map((row) => row.sk as string));
  return {
    /** Whether period reads may use gsi8 and gsi9. */
    periodReady: async (tenant: TenantCode) => !!(await db.send(new GetCommand({ TableName: tableName, Key: marker(tenant, 'READY') }))).Item,
    backfill: async (tenant: TenantCode, at: Date) => {
      const done = await marked(tenant);
      const pending = laterIndexKeys.filter((set) => !done.has(set.marker));
      if (!pending.length) return { alreadyReady: true, rewritten: 0 };
      const rows = await allRows(db, tableName, tenant);
      let rewritten = 0;
      const rewrite = async (row: Record<string, unknown>) => {
        const item = Rectification.parse(row.item);
        const keys = Object.entries(indexKeys(item)).filter(([name, value]) => pending.some((set) => set.keys.test(name)) && row[name] !== value);
        if (!keys.length) return;
        try {
          // Only the index keys, and only if the item is as read: a command writing it meanwhile writes them too.
          await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: { pk: row.pk, sk: row.sk },
              UpdateExpression: `SET ${keys.map(([name]) => `${name} = :${name}`).join(', ')}`,
              ConditionExpression: 'rVersion = :version',
              ExpressionAttributeValues: { ':version': item.version, ...Object.fromEntries(keys.map(([name, value]) => [`:${name}`, value])) },
            }),
          );
          rewritten += 1;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      };
      // A few at a time: a tenant's first run may rewrite years of items within one scheduled run.
      for (let i = 0; i < rows.length; i += 25) await Promise.all(rows.slice(i, i + 25).map(rewrite));
      for (const set of pending) await db.send(new PutCommand({ TableName: tableName, Item: { ...marker(tenant, set.marker), markedAt: at.toISOString() } }));
      return { alreadyReady: false, rewritten };
    },
  };
};
