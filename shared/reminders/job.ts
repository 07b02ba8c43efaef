import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { stableId } from '../adapters/ids.ts';
import { calendarStore } from '../calendar/calendar-store.ts';
import { addDays, shanghaiDate } from '../calendar/working-calendar.ts';
import type { EventOf } from '../events/catalog.ts';
import { filingStore } from '../filing/filing-store.ts';
import { organisationNamesOf } from '../organisation/names.ts';
import { rectificationStore } from '../rectification/store.ts';
import { TransactionRefused } from '../store/transaction.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { composeDigests } from './digest.ts';
import { digestStore } from './digest-store.ts';
import { reminderSettingsStore } from './settings.ts';

export type TenantRun = { tenant: TenantCode; date: string; workingDay: boolean; sendHour?: boolean; sent: string[]; alreadySent: string[] };

const shanghaiHour = (at: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(at));

/**
 * The morning reminder pass for one tenant: only on Chinese working days; everything read through
 * indexes, in proportion to what is due; one digest per organisation per day, never twice. Items that
 * turned yellow or red on the days off since the last working day are reminded now.
 */
export const remindTenant = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, at: Date): Promise<TenantRun> => {
  const today = shanghaiDate(at);
  const calendar = await calendarStore(db, tableName).calendarOf(tenant);
  if (!calendar.isWorkingDay(today)) return { tenant, date: today, workingDay: false, sent: [], alreadySent: [] };
  const settings = await reminderSettingsStore(db, tableName).of(tenant);
  if (shanghaiHour(at) !== settings.sendHour) return { tenant, date: today, workingDay: true, sendHour: false, sent: [], alreadySent: [] };
  const previous = calendar.workingDaysBefore(today, 1);
  const rectifications = rectificationStore(db, tableName);

  const filings = filingStore(db, tableName);
  const [turningYellow, turningRed, overdue, extensionsWaiting, resultsOverdue, measuresDue, codelessFiledLate] = await Promise.all([
    rectifications.turningYellowBetween(tenant, previous, today),
    rectifications.openDueBetween(tenant, previous, addDays(today, -1)),
    rectifications.openDueBetween(tenant, undefined, addDays(previous, -1)),
    rectifications.extensionsWaitingSince(tenant, calendar.workingDaysBefore(today, settings.extensionWaitingWorkingDays)),
    filings.resultsOverdue(tenant, today),
    rectifications.measuresDueBetween(tenant, addDays(previous, 1), today),
    // Filed since the last working day's pass (its own day included, as filings arrive after 09:00).
    filings.codelessFiledLateBetween(tenant, previous, addDays(today, -1)),
  ]);
  const due = { turningYellow, turningRed, overdue, extensionsWaiting, resultsOverdue, measuresDue, codelessFiledLate };
  const digests = composeDigests(today, due, settings, await organisationNamesOf(db, tableName, tenant));

  const store = digestStore(db, tableName);
  const run: TenantRun = { tenant, date: today, workingDay: true, sent: [], alreadySent: [] };
  for (const digest of digests) {
    const kinds = digest.entries.reduce<Record<string, number>>((counts, e) => ({ ...counts, [e.kind]: (counts[e.kind] ?? 0) + 1 }), {});
    const event: EventOf<'ReminderDigestComposed'> = {
      id: stableId(tenant, 'digest', digest.organisation, today),
      type: 'ReminderDigestComposed',
      version: 1,
      tenant,
      occurredAt: at.toISOString(),
      actor: { kind: 'system', job: 'reminders' },
      subject: { kind: 'reminder-digest', id: `${digest.organisation}/${today}` },
      payload: { organisation: digest.organisation, date: today, entryCount: digest.entries.length, kinds },
    };
    try {
      await store.create(tenant, digest, event);
      run.sent.push(digest.organisation);
    } catch (error) {
      if (!(error instanceof TransactionRefused)) throw error;
      run.alreadySent.push(digest.organisation);
    }
  }
  return run;
};
