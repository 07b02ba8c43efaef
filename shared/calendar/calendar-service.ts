import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import type { DomainEvent } from '../events/catalog.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { conflictOnRefusal } from '../http/conflicts.ts';
import { notFound, unprocessable } from '../http/errors.ts';
import { calendarStore } from './calendar-store.ts';
import { calendarOf, dayChanges, yearInForce, type CalendarChange } from './calendar-year.ts';
import type { YearArrangement } from './working-calendar.ts';
import type { YearArrangementBody } from './year-arrangement-input.ts';

const sortedOnce = (dates: string[]) => [...new Set(dates)].sort();

/** 工作日历: admins enter coming years, amend a bundled year only on purpose, and withdraw entries; every change is kept. */
export const calendarService = (deps: { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator }) => {
  const store = calendarStore(deps.db, deps.tableName);

  const read = async (caller: Caller, year: number) => {
    const entered = await store.entered(caller.tenant, year);
    const { source, arrangement } = yearInForce(year, entered?.arrangement);
    return { year, source, daysOff: arrangement.daysOff, makeUpWorkdays: arrangement.makeUpWorkdays, history: await store.history(caller.tenant, year) };
  };

  const change = (caller: Caller, year: number, action: CalendarChange['action'], before: YearArrangement | undefined, after: YearArrangement | undefined, reason?: string) => {
    const record: CalendarChange = {
      year,
      action,
      at: deps.clock.now().toISOString(),
      actor: actorOf(caller),
      ...(reason ? { reason } : {}),
      sourceBefore: yearInForce(year, before).source,
      sourceAfter: yearInForce(year, after).source,
      daysOff: after?.daysOff ?? [],
      makeUpWorkdays: after?.makeUpWorkdays ?? [],
      changes: dayChanges(year, calendarOf(before), calendarOf(after)),
    };
    const envelope = { id: deps.ids(), version: 1 as const, tenant: caller.tenant, occurredAt: record.at, actor: record.actor, subject: { kind: 'working-calendar', id: String(year) } };
    const event: DomainEvent = after
      ? { ...envelope, type: 'WorkingCalendarYearEntered', payload: { year, daysOff: after.daysOff.length, makeUpWorkdays: after.makeUpWorkdays.length, override: yearInForce(year, undefined).source === 'bundled', changedDays: record.changes.length } }
      : { ...envelope, type: 'WorkingCalendarYearReverted', payload: { year, now: record.sourceAfter === 'bundled' ? 'bundled' : 'unknown', changedDays: record.changes.length } };
    return { id: envelope.id, record, event };
  };

  const answer = async (caller: Caller, record: CalendarChange, after: YearArrangement | undefined) => {
    const { source, arrangement } = yearInForce(record.year, after);
    const history = await store.history(caller.tenant, record.year);
    return { year: record.year, source, daysOff: arrangement.daysOff, makeUpWorkdays: arrangement.makeUpWorkdays, history, sourceBefore: record.sourceBefore, changes: record.changes };
  };
  const raced = 'the calendar year was changed by someone else meanwhile: read it again';

  return {
    listEntered: async (caller: Caller) => (await store.arrangements(caller.tenant)).sort((a, b) => a.year - b.year),
    read,
    enter: async (caller: Caller, year: number, body: YearArrangementBody) => {
      const arrangement = { year, daysOff: sortedOnce(body.daysOff), makeUpWorkdays: sortedOnce(body.makeUpWorkdays) };
      // Loaded on first use: the lunar calendar library builds its tables for every year at import, which every
      // cold start of the calendar function would pay for what only an admin's entry needs.
      const { implausibilities } = await import('./statutory-holidays.ts');
      const problems = implausibilities(arrangement);
      if (problems.length > 0) {
        const fields = problems.map((p) => ({ path: ['body', p.path, p.index].filter((part) => part !== undefined).join('.'), message: p.message }));
        throw unprocessable(`this cannot be the State Council's arrangement for ${year}: ${problems[0]!.message}`, fields);
      }
      if (yearInForce(year, undefined).source === 'bundled' && !body.override) {
        const message = `${year} is in the bundled State Council data; to amend it send override: true and a reason`;
        throw unprocessable(message, [{ path: 'body.override', message: 'must be true to amend a year the bundled data knows' }]);
      }
      const previous = await store.entered(caller.tenant, year);
      const { id, record, event } = change(caller, year, 'entered', previous?.arrangement, arrangement, body.reason);
      await conflictOnRefusal(raced, () => store.save(caller.tenant, arrangement, { id, record, previous }, event));
      return answer(caller, record, arrangement);
    },
    revert: async (caller: Caller, year: number, reason?: string) => {
      const previous = await store.entered(caller.tenant, year);
      if (!previous) throw notFound(`the bureau has no entry of its own for ${year}: ${yearInForce(year, undefined).source} data is in force`);
      const { id, record, event } = change(caller, year, 'reverted', previous.arrangement, undefined, reason);
      await conflictOnRefusal(raced, () => store.remove(caller.tenant, year, { id, record, previous }, event));
      return answer(caller, record, undefined);
    },
  };
};
