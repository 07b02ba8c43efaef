import type { EventOf } from '../events/catalog.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import type { CalendarDate, WorkingCalendar } from './working-calendar.ts';

/** How far ahead deadlines are computed in practice: rectification deadlines run up to about two months. */
export const calendarHorizonDays = 60;

/**
 * The warning for one tenant on one day, or nothing when the calendar covers the horizon.
 * Its id is fixed per tenant and day, so running the job twice records one warning.
 */
export const calendarWarning = (
  tenant: TenantCode,
  calendar: WorkingCalendar,
  today: CalendarDate,
  at: Date,
): EventOf<'WorkingCalendarExpiring'> | undefined => {
  const firstUnknownDate = calendar.firstUnknownDate(today, calendarHorizonDays);
  if (!firstUnknownDate) return undefined;
  const daysLeft = Math.max(0, Math.round((Date.parse(firstUnknownDate) - Date.parse(today)) / 86_400_000));
  return {
    id: `WorkingCalendarExpiring:${tenant}:${today}`,
    type: 'WorkingCalendarExpiring',
    version: 1,
    tenant,
    occurredAt: at.toISOString(),
    actor: { kind: 'system', job: 'calendar-watch' },
    subject: { kind: 'working-calendar', id: firstUnknownDate.slice(0, 4) },
    payload: { checkedOn: today, firstUnknownDate, daysLeft },
  };
};
