import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '../store/query-all.ts';
import type { DomainEvent } from '../events/catalog.ts';
import { commit, type TransactItem } from '../store/transaction.ts';
import { warmCache } from '../store/warm-cache.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { CalendarChange } from './calendar-year.ts';
import { YearArrangement, workingCalendar, type WorkingCalendar } from './working-calendar.ts';

/**
 * Calendars for commands, reused by a warm function for ten seconds: a bureau's calendar changes a few times
 * a year, and reading it was a quarter of what creating an item reads. The process that saves a year forgets
 * the bureau's at once; other warm functions see the change within the ten seconds, except that a year their
 * calendar lacks is asked for again before it is refused (recentCalendars.forget, rectification service).
 */
const recentCalendars = warmCache<WorkingCalendar>(10_000);

/** The tenant's entry the change replaces (undefined: none), by the change that wrote it. */
type Previous = { changeId?: string } | undefined;
type Change = { id: string; record: CalendarChange; previous: Previous };

/**
 * The year arrangements a tenant's admins entered (`YEAR#<year>`, the one in force) and every change of them
 * (`CHANGE#<year>#<id>`, kept for good). The year's row names the change that wrote it, so two admins changing
 * the same year at once cannot both win unseen.
 */
export const calendarStore = (db: DynamoDBDocumentClient, tableName: string) => {
  const pk = (tenant: TenantCode) => tenantKey(tenant, 'CALENDAR');
  const query = (tenant: TenantCode, prefix: string) =>
    queryAll(db, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk(tenant), ':prefix': prefix },
      // A change is answered with the history it was just added to.
      ConsistentRead: true,
    });
  const forgetting = async (tenant: TenantCode, write: Promise<void>) => {
    await write;
    recentCalendars.forget(`${tableName}|${tenant}`);
  };
  const arrangements = async (tenant: TenantCode): Promise<YearArrangement[]> => (await query(tenant, 'YEAR#')).map((item) => YearArrangement.parse(item));

  /** The year's row must still be the one the change was computed from (rows from before history had no change id). */
  const unchangedSince = (previous: Previous) => {
    if (!previous) return { ConditionExpression: 'attribute_not_exists(pk)' };
    if (!previous.changeId) return { ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(changeId)' };
    return { ConditionExpression: 'changeId = :previous', ExpressionAttributeValues: { ':previous': previous.changeId } };
  };
  const changeRow = (tenant: TenantCode, id: string, change: CalendarChange): TransactItem => ({
    Put: { TableName: tableName, Item: { pk: pk(tenant), sk: `CHANGE#${change.year}#${id}`, ...change }, ConditionExpression: 'attribute_not_exists(pk)' },
  });

  return {
    arrangements,
    calendarOf: async (tenant: TenantCode): Promise<WorkingCalendar> => workingCalendar(await arrangements(tenant)),
    /** The calendar as read at most ten seconds ago (see recentCalendars). */
    recentCalendarOf: (tenant: TenantCode) => recentCalendars.get(`${tableName}|${tenant}`, async () => workingCalendar(await arrangements(tenant))),
    /** Drops the reused calendar; whether there was one. */
    forgetRecent: (tenant: TenantCode) => recentCalendars.forget(`${tableName}|${tenant}`),
    /** The tenant's own arrangement of a year, with the id of the change that wrote it. */
    entered: async (tenant: TenantCode, year: number) => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: pk(tenant), sk: `YEAR#${year}` }, ConsistentRead: true }));
      return Item ? { arrangement: YearArrangement.parse(Item), ...(typeof Item.changeId === 'string' ? { changeId: Item.changeId } : {}) } : undefined;
    },
    history: async (tenant: TenantCode, year: number): Promise<CalendarChange[]> => (await query(tenant, `CHANGE#${year}#`)).map((item) => CalendarChange.parse(item)),
    /** Puts the arrangement in force and keeps the change, unless the year changed since `change.previous` was read. */
    save: (tenant: TenantCode, arrangement: YearArrangement, change: Change, event: DomainEvent) =>
      forgetting(tenant, commit(
        db,
        tableName,
        [
          {
            Put: {
              TableName: tableName,
              Item: { pk: pk(tenant), sk: `YEAR#${arrangement.year}`, ...arrangement, changeId: change.id },
              ...unchangedSince(change.previous),
            },
          },
          changeRow(tenant, change.id, change.record),
        ],
        [event],
      )),
    /** Drops the tenant's arrangement, so the bundled data (or nothing) is in force again, and keeps the change. */
    remove: (tenant: TenantCode, year: number, change: Change, event: DomainEvent) =>
      forgetting(tenant, commit(
        db,
        tableName,
        [{ Delete: { TableName: tableName, Key: { pk: pk(tenant), sk: `YEAR#${year}` }, ...unchangedSince(change.previous) } }, changeRow(tenant, change.id, change.record)],
        [event],
      )),
  };
};
