import { CronExpressionParser } from 'cron-parser';
import type { ScheduledRun } from '#shared/scheduled.ts';
import { scheduleZone, type Schedule } from '../wiring.ts';

/** The wiring's EventBridge cron fields as a five-field cron (`?` means "any" there). */
const cronOf = ({ cron }: Schedule) =>
  [cron.minute, cron.hour, cron.day ?? '*', cron.month ?? '*', cron.weekDay ?? '*'].map((f) => (f === '?' ? '*' : f)).join(' ');

export const nextRun = (schedule: Schedule, after: Date): Date =>
  CronExpressionParser.parse(cronOf(schedule), { currentDate: after, tz: scheduleZone }).next().toDate();

/** Plays EventBridge Scheduler: fires each schedule at its next instant in Asia/Shanghai, with the scheduled time as input. */
export const runSchedules = (
  schedules: readonly { schedule: Schedule; invoke: (run: ScheduledRun) => Promise<unknown> }[],
  log: (entry: Record<string, unknown>) => void,
) => {
  const timers = new Set<NodeJS.Timeout>();
  const arm = (entry: (typeof schedules)[number], after: Date) => {
    const at = nextRun(entry.schedule, after);
    // setTimeout cannot wait longer than about 24.8 days; wake up and re-arm before that.
    const wait = Math.min(at.getTime() - Date.now(), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (Date.now() < at.getTime()) return arm(entry, after);
      entry
        .invoke({ schedule: entry.schedule.name, scheduledTime: at.toISOString() })
        .catch((error: unknown) => log({ message: 'scheduled run failed', schedule: entry.schedule.name, error: (error as Error).message }))
        .finally(() => arm(entry, at));
    }, Math.max(0, wait));
    timer.unref();
    timers.add(timer);
  };
  for (const entry of schedules) arm(entry, new Date());
  return { stop: () => timers.forEach(clearTimeout) };
};
