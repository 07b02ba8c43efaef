import * as z from 'zod';
import { CalendarDate } from './working-calendar.ts';

const Reason = z.string().trim().min(2, 'say why in words').max(500);

/**
 * What an admin sends for one year (放假调休安排): weekdays off and make-up working weekend days. A year the bundled
 * State Council data knows is only amended on purpose: `override: true` and a reason.
 */
export const YearArrangementBody = z
  .object({
    daysOff: z.array(CalendarDate).max(60),
    makeUpWorkdays: z.array(CalendarDate).max(20),
    override: z.boolean().optional().meta({ description: 'true to amend a year the bundled State Council data already knows' }),
    reason: Reason.optional().meta({ description: 'why the year is entered or amended; required with override' }),
  })
  .refine((body) => !body.override || body.reason !== undefined, { path: ['reason'], message: 'an override of the State Council data needs a reason' });
export type YearArrangementBody = z.infer<typeof YearArrangementBody>;

export const RevertQuery = z.object({ reason: Reason.optional().meta({ description: 'why the entry is withdrawn' }) });
