import * as z from 'zod';

/**
 * What EventBridge Scheduler sends our scheduled functions (and what the local runtime sends):
 * the instant the run was scheduled for, so a run can be replayed for any chosen instant.
 */
export const ScheduledRun = z.object({ schedule: z.string(), scheduledTime: z.iso.datetime({ offset: true }) });
export type ScheduledRun = z.infer<typeof ScheduledRun>;
