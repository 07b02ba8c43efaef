import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ObjectStore } from '../adapters/object-store.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import { calendarStore } from '../calendar/calendar-store.ts';
import { addDays, type CalendarDate, isWeekend, shanghaiDate, type WorkingCalendar } from '../calendar/working-calendar.ts';
import type { EventOf } from '../events/catalog.ts';
import { commit, TransactionRefused } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { exportService } from './exports.ts';
import { type Period, previousQuarter, quarterName, quarterOf, quarterPeriod } from './period.ts';
import { xlsxType } from './media-types.ts';
import type { QuarterlyReport } from './report-api.ts';
import { xlsxOf } from './workbook.ts';

export type QuarterlyRun = { tenant: TenantCode; quarter: string; outcome: 'generated' | 'already-generated' | 'not-yet' };

const reportKey = (tenant: TenantCode, quarter: string) => ({ pk: tenantKey(tenant, 'QUARTERLY-REPORT'), sk: quarter });

/**
 * The first working day of the quarter `date` falls in. A year the calendar does not know yet (its
 * arrangement not entered) falls back to the first weekday after New Year's Day, so the report still comes.
 */
const firstWorkingDayOfQuarter = (date: CalendarDate, calendar: WorkingCalendar) => {
  const start = quarterPeriod(Number(date.slice(0, 4)), quarterOf(date)).from;
  if (calendar.knowsYear(Number(start.slice(0, 4)))) return calendar.isWorkingDay(start) ? start : calendar.workingDaysAfter(start, 1);
  let day = start.endsWith('-01-01') ? addDays(start, 1) : start;
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
};

/**
 * 季度报告: on the first working day of a quarter (the schedule runs the first ten days of January,
 * April, July and October at 09:00), the previous quarter's report of a tenant is written to the
 * report files and recorded with its event, once: a record that exists already ends the run, and
 * a later day of the window catches up a run that failed.
 */
export const quarterlyReports = (deps: { db: DynamoDBDocumentClient; tableName: string; files: Pick<ObjectStore, 'put' | 'get'>; ids: IdGenerator }) => {
  const { db, tableName } = deps;
  return {
    runFor: async (tenant: TenantCode, at: Date): Promise<QuarterlyRun> => {
      const today = shanghaiDate(at);
      const quarter: Period = previousQuarter(today);
      const name = quarterName(quarter);
      const calendar = await calendarStore(db, tableName).calendarOf(tenant);
      if (today < firstWorkingDayOfQuarter(today, calendar)) return { tenant, quarter: name, outcome: 'not-yet' };
      const existing = await db.send(new GetCommand({ TableName: tableName, Key: reportKey(tenant, name), ConsistentRead: true }));
      if (existing.Item) return { tenant, quarter: name, outcome: 'already-generated' };

      const { tables, bureau, rectifications, inspections, checklists } = await exportService(db, tableName, { now: () => at }).quarterly(tenant, quarter);
      const bytes = await xlsxOf(tables, { title: `${quarter.label}检查整改工作报告`, bureau, period: quarter.label, generatedAt: at });
      const file = `${tenant}/quarterly/${name}.xlsx`;
      await deps.files.put(file, bytes, xlsxType);
      const report: QuarterlyReport = { quarter: name, from: quarter.from, to: quarter.to, file, sizeBytes: bytes.length, generatedAt: at.toISOString() };
      const event: EventOf<'QuarterlyReportGenerated'> = {
        id: deps.ids(),
        type: 'QuarterlyReportGenerated',
        version: 1,
        tenant,
        occurredAt: at.toISOString(),
        actor: { kind: 'system', job: 'quarterly-report' },
        subject: { kind: 'quarterly-report', id: name },
        payload: {
          quarter: name,
          from: quarter.from,
          to: quarter.to,
          file,
          sizeBytes: bytes.length,
          summary: {
            rectificationsOpened: rectifications.totals.opened,
            rectificationsClosed: rectifications.totals.closed,
            inspectionsFiled: inspections.totals.filings,
            assessmentsAccepted: checklists.kinds.reduce((n, k) => n + k.assessmentsAccepted, 0),
          },
        },
      };
      try {
        await commit(db, tableName, [{ Put: { TableName: tableName, Item: { ...reportKey(tenant, name), report }, ConditionExpression: 'attribute_not_exists(pk)' } }], [event]);
      } catch (error) {
        // A concurrent run recorded it first: one report per quarter.
        if (error instanceof TransactionRefused) return { tenant, quarter: name, outcome: 'already-generated' };
        throw error;
      }
      return { tenant, quarter: name, outcome: 'generated' };
    },
    list: async (tenant: TenantCode): Promise<QuarterlyReport[]> => {
      const page = await db.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': reportKey(tenant, '').pk }, ScanIndexForward: false }));
      return (page.Items ?? []).map((i) => i.report as QuarterlyReport);
    },
    file: async (tenant: TenantCode, quarter: string) => {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: reportKey(tenant, quarter) }));
      if (!Item) return undefined;
      const report = Item.report as QuarterlyReport;
      const bytes = await deps.files.get(report.file);
      return bytes ? { report, bytes } : undefined;
    },
  };
};
