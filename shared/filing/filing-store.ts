import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../calendar/working-calendar.ts';
import type { DomainEvent, EventOf } from '../events/catalog.ts';
import { queryAll } from '../store/query-all.ts';
import { fingerprintColumn, withStoredFingerprint } from '../store/request-fingerprint.ts';
import { commit, type TransactItem } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import type { InspectionFiling } from './filing.ts';
import type { CountedFiling } from './rules.ts';

/**
 * Filings, one row each; gsi1 agency+enterprise (caps), gsi2 enterprise (joint proposals), gsi3 agency
 * (the agency's own list), each sorted by planned date; gsi4 plans awaiting their result, by due date;
 * gsi5 codeless inspections filed late, by filing date; gsi6 all filings, ratings and refused plans, by
 * planned date; gsi7 the inspection code, outside any tenant, since the enterprise arrives with nothing but the code.
 */
const filingKey = (tenant: TenantCode, ...parts: string[]) => tenantKey(tenant, 'FILING', ...parts);
const codeKey = (token: string) => `CODE#${token}`;
const counterKey = (f: Pick<InspectionFiling, 'tenant' | 'agency' | 'enterprise' | 'plannedOn'>) =>
  ({ pk: filingKey(f.tenant, 'COUNT', f.agency, f.enterprise.creditCode, f.plannedOn.slice(0, 4)), sk: 'COUNT' });

const row = (f: InspectionFiling) => {
  const byDate = `${f.plannedOn}#${f.id}`;
  return {
    pk: filingKey(f.tenant, f.id),
    sk: 'ITEM',
    kind: 'inspection-filing',
    gsi1pk: filingKey(f.tenant, 'AGENCY', f.agency, 'ENT', f.enterprise.creditCode),
    gsi1sk: byDate,
    gsi2pk: filingKey(f.tenant, 'ENT', f.enterprise.creditCode),
    gsi2sk: byDate,
    gsi3pk: filingKey(f.tenant, 'AGENCY', f.agency),
    gsi3sk: byDate,
    // Every filing of the tenant by planned date (reports' export and reconciliation); gsi6 also lists
    // the tenant's ratings and refused plans under their own partitions.
    gsi6pk: filingKey(f.tenant, 'ALL'),
    gsi6sk: byDate,
    // The code's token is 192 random bits (inspection-code.ts): unique without a row of its own to guard it.
    gsi7pk: codeKey(f.code.token),
    gsi7sk: f.id,
    // Sparse: only plans still waiting for their result, by the day it falls due (reminders).
    ...(f.status === 'planned' ? { gsi4pk: filingKey(f.tenant, 'AWAITING-RESULT'), gsi4sk: `${f.resultDueBy}#${f.id}` } : {}),
    // Sparse: emergency inspections filed after their 3 working days, by filing date (reminders).
    ...(f.codeless?.late ? { gsi5pk: filingKey(f.tenant, 'CODELESS-LATE'), gsi5sk: `${f.filedOn}#${f.id}` } : {}),
    fStatus: f.status,
    fVersion: f.version,
    filing: f,
    ...fingerprintColumn(f),
  };
};

const counted = (items: Record<string, unknown>[] | undefined): CountedFiling[] =>
  (items ?? []).map((i) => i.filing as InspectionFiling).map((f) => ({ id: f.id, agency: f.agency, plannedOn: f.plannedOn, items: f.items.map((x) => x.code) }));

export const filingStore = (db: DynamoDBDocumentClient, tableName: string) => {
  const query = async (index: string, pk: string, from: CalendarDate, to: CalendarDate) =>
    (
      await db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: index,
          KeyConditionExpression: `${index}pk = :pk AND ${index}sk BETWEEN :from AND :to`,
          FilterExpression: 'fStatus <> :cancelled',
          ExpressionAttributeValues: { ':pk': pk, ':from': `${from}#`, ':to': `${to}#~`, ':cancelled': 'cancelled' },
        }),
      )
    ).Items;

  const versionedPut = (f: InspectionFiling, expectedVersion: number): TransactItem => ({
    Put: { TableName: tableName, Item: row(f), ConditionExpression: 'fVersion = :v', ExpressionAttributeValues: { ':v': expectedVersion } },
  });

  return {
    get: async (tenant: TenantCode, id: string) => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: filingKey(tenant, id), sk: 'ITEM' }, ConsistentRead: true }));
      return Item ? withStoredFingerprint(Item.filing as InspectionFiling, Item) : undefined;
    },
    /** The filing behind a code; its caller reads it again by key (consistently), as the index's copy may lag. */
    byCode: async (token: string) => {
      const { Items } = await db.send(new QueryCommand({ TableName: tableName, IndexName: 'gsi7', KeyConditionExpression: 'gsi7pk = :pk', ExpressionAttributeValues: { ':pk': codeKey(token) } }));
      const filing = Items?.[0]?.filing as InspectionFiling | undefined;
      if (filing) return { tenant: filing.tenant, filingId: filing.id };
      // Filings planned before the index held codes have a code row of their own (and no gsi7 keys until they change).
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: codeKey(token), sk: 'CODE' } }));
      return Item ? { tenant: Item.tenant as TenantCode, filingId: Item.filingId as string } : undefined;
    },
    /** This agency's active filings for the enterprise in a year, and how many the counter says there are. */
    sameAgencyInYear: async (tenant: TenantCode, agency: string, creditCode: string, year: string) => {
      const [items, counter] = await Promise.all([
        query('gsi1', filingKey(tenant, 'AGENCY', agency, 'ENT', creditCode), `${year}-01-01`, `${year}-12-31`),
        db.send(new GetCommand({ TableName: tableName, Key: counterKey({ tenant, agency, enterprise: { creditCode, name: '' }, plannedOn: `${year}-01-01` }), ConsistentRead: true })),
      ]);
      return { filings: counted(items), counter: (counter.Item?.count as number | undefined) ?? 0 };
    },
    enterpriseBetween: async (tenant: TenantCode, creditCode: string, from: CalendarDate, to: CalendarDate) => counted(await query('gsi2', filingKey(tenant, 'ENT', creditCode), from, to)),
    /**
     * Filings by planned date, newest first: one agency's (gsi3) or the tenant's (gsi6); a month's
     * in full, otherwise the latest 100.
     */
    listed: async (tenant: TenantCode, { agency, month }: { agency?: string; month?: string }) => {
      const [index, pk] = agency ? ['gsi3', filingKey(tenant, 'AGENCY', agency)] : ['gsi6', filingKey(tenant, 'ALL')];
      const base = { TableName: tableName, IndexName: index, ScanIndexForward: false };
      const items = month
        ? await queryAll(db, { ...base, KeyConditionExpression: `${index}pk = :pk AND begins_with(${index}sk, :month)`, ExpressionAttributeValues: { ':pk': pk, ':month': `${month}-` } })
        : (await db.send(new QueryCommand({ ...base, KeyConditionExpression: `${index}pk = :pk`, ExpressionAttributeValues: { ':pk': pk }, Limit: 100 }))).Items ?? [];
      return items.map((i) => i.filing as InspectionFiling);
    },
    /**
     * Records an accepted filing and its event. The yearly counter moves from the count
     * the rules saw, so two filings racing past the cap cannot both land.
     */
    create: (f: InspectionFiling, countSeen: number, events: DomainEvent[]) => {
      const items: TransactItem[] = [
        { Put: { TableName: tableName, Item: row(f), ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Update: {
            TableName: tableName,
            Key: counterKey(f),
            UpdateExpression: 'SET #count = :next',
            ConditionExpression: 'attribute_not_exists(#count) OR #count = :seen',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: { ':seen': countSeen, ':next': countSeen + 1 },
          },
        },
      ];
      return commit(db, tableName, items, events);
    },
    update: (f: InspectionFiling, expectedVersion: number, events: DomainEvent[]) => commit(db, tableName, [versionedPut(f, expectedVersion)], events),
    /** A cancelled plan gives its slot under the yearly cap back, in the same transaction. */
    cancel: (f: InspectionFiling, expectedVersion: number, events: DomainEvent[]) =>
      commit(
        db,
        tableName,
        [
          versionedPut(f, expectedVersion),
          { Update: { TableName: tableName, Key: counterKey(f), UpdateExpression: 'SET #count = #count - :one', ExpressionAttributeNames: { '#count': 'count' }, ExpressionAttributeValues: { ':one': 1 } } },
        ],
        events,
      ),
    /** Every filing of a joint inspection changes in one transaction, each guarded by the version read. */
    updateMany: (changes: { filing: InspectionFiling; expectedVersion: number }[], events: DomainEvent[]) =>
      commit(
        db,
        tableName,
        changes.map(({ filing, expectedVersion }) => versionedPut(filing, expectedVersion)),
        events,
      ),
    /** Plans whose result was due before `date` and is still missing. */
    resultsOverdue: async (tenant: TenantCode, date: CalendarDate) =>
      (
        await queryAll(db, { TableName: tableName, IndexName: 'gsi4', KeyConditionExpression: 'gsi4pk = :pk AND gsi4sk < :before', ExpressionAttributeValues: { ':pk': filingKey(tenant, 'AWAITING-RESULT'), ':before': `${date}#` } })
      ).map((i) => i.filing as InspectionFiling),
    /** Codeless inspections filed late in [from, to]. */
    codelessFiledLateBetween: async (tenant: TenantCode, from: CalendarDate, to: CalendarDate) => {
      const page = await db.send(
        new QueryCommand({ TableName: tableName, IndexName: 'gsi5', KeyConditionExpression: 'gsi5pk = :pk AND gsi5sk BETWEEN :from AND :to', ExpressionAttributeValues: { ':pk': filingKey(tenant, 'CODELESS-LATE'), ':from': `${from}#`, ':to': `${to}#~` } }),
      );
      return (page.Items ?? []).map((i) => i.filing as InspectionFiling);
    },
    /** A refused plan is kept as a record of its own (for reports and their reconciliation), with its event. */
    recordRejection: (events: EventOf<'InspectionFilingRejected'>[]) =>
      commit(
        db,
        tableName,
        events.map((e) => ({
          Put: {
            TableName: tableName,
            Item: { pk: filingKey(e.tenant, 'REJECTION', e.id), sk: 'REJECTION', kind: 'filing-rejection', gsi6pk: filingKey(e.tenant, 'REJECTIONS'), gsi6sk: `${e.payload.plannedOn}#${e.id}`, rejection: { id: e.id, at: e.occurredAt, ...e.payload } },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        })),
        events,
      ),
    /** The rating and its event together; a second rating of the same inspection is refused. */
    rate: (f: InspectionFiling, rating: Record<string, unknown>, event: DomainEvent) =>
      commit(
        db,
        tableName,
        [{ Put: { TableName: tableName, Item: { pk: filingKey(f.tenant, f.id), sk: 'RATING', gsi6pk: filingKey(f.tenant, 'RATINGS'), gsi6sk: `${f.plannedOn}#${f.id}`, rating }, ConditionExpression: 'attribute_not_exists(pk)' } }],
        [event],
      ),
    /** Filings, ratings (`RATINGS`) or refused plans (`REJECTIONS`) planned in [from, to]. */
    plannedBetween: async (tenant: TenantCode, what: 'ALL' | 'RATINGS' | 'REJECTIONS', from: CalendarDate, to: CalendarDate) =>
      queryAll(db, {
        TableName: tableName,
        IndexName: 'gsi6',
        KeyConditionExpression: 'gsi6pk = :pk AND gsi6sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': filingKey(tenant, what), ':from': `${from}#`, ':to': `${to}#~` },
      }),
    rating: async (tenant: TenantCode, id: string) => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: filingKey(tenant, id), sk: 'RATING' } }));
      return Item?.rating as Record<string, unknown> | undefined;
    },
  };
};
