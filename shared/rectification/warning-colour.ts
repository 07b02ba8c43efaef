import * as z from 'zod';
import { addDays, type CalendarDate, type WorkingCalendar } from '../calendar/working-calendar.ts';
import { isOpen, type Rectification } from './rectification.ts';

export const WarningColour = z.enum(['green', 'yellow', 'red']);
export type WarningColour = z.infer<typeof WarningColour>;

/** A tenant's warning rules (no national standard exists; domain brief §3 gives these defaults). */
export const RectificationRules = z.object({
  yellowWithinWorkingDays: z.number().int().min(0).max(30).default(3),
  yellowAfterIdleWorkingDays: z.number().int().min(1).max(60).default(10),
  autoEscalateAfterOverdueWorkingDays: z.number().int().min(0).max(60).nullable().default(5),
});
export type RectificationRules = z.infer<typeof RectificationRules>;
export const defaultRules: RectificationRules = RectificationRules.parse({});

/**
 * The dates on which an open item turns yellow and red. Stored on the item, so "which items are
 * yellow today" is an index range query (yellowFrom ≤ today) instead of a scan.
 * Yellow: within N working days of the deadline, or no progress for M working days. Red: overdue.
 */
export const warningDates = (
  item: Pick<Rectification, 'deadline' | 'assignedOn' | 'lastProgressOn'>,
  rules: RectificationRules,
  calendar: WorkingCalendar,
): { yellowFrom: CalendarDate; redFrom: CalendarDate } => {
  const nearDeadline = calendar.workingDaysBefore(item.deadline, rules.yellowWithinWorkingDays);
  const idle = calendar.workingDaysAfter(item.lastProgressOn ?? item.assignedOn, rules.yellowAfterIdleWorkingDays);
  return { yellowFrom: nearDeadline < idle ? nearDeadline : idle, redFrom: addDays(item.deadline, 1) };
};

export const colourOn = (item: Pick<Rectification, 'status' | 'yellowFrom' | 'redFrom'>, today: CalendarDate): WarningColour | undefined => {
  if (!isOpen(item) || !item.yellowFrom || !item.redFrom) return undefined;
  if (today >= item.redFrom) return 'red';
  if (today >= item.yellowFrom) return 'yellow';
  return 'green';
};
