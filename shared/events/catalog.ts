import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { checklistEventSchemas } from '../checklist/events.ts';
import { filingEventSchemas } from '../filing/events.ts';
import { organisationEventSchemas } from '../organisation/events.ts';
import { userEventSchemas } from '../people/events.ts';
import { reminderEventSchemas } from '../reminders/events.ts';
import { reportingEventSchemas } from '../reporting/events.ts';
import { campaignEventSchemas } from '../rectification/campaign-events.ts';
import { rectificationEventSchemas } from '../rectification/events.ts';
import { envelopeSchema } from './envelope.ts';
import { sourceEventSchemas } from './source-events.ts';

/**
 * The registry of domain event types: one schema per type, and the union every consumer and
 * the forwarder parse with. Add a type here and it becomes subscribable in the wiring.
 */
export const eventSchemas = {
  /** The working-day calendar runs out soon: admins must enter next year's arrangement (放假调休安排). */
  WorkingCalendarExpiring: envelopeSchema(
    'WorkingCalendarExpiring',
    1,
    z.object({ checkedOn: CalendarDate, firstUnknownDate: CalendarDate, daysLeft: z.number().int().min(0) }),
  ),
  /** An admin entered (or corrected) one year's holiday arrangement; `override` when it amends the bundled data. */
  WorkingCalendarYearEntered: envelopeSchema(
    'WorkingCalendarYearEntered',
    1,
    z.object({
      year: z.number().int(),
      daysOff: z.number().int(),
      makeUpWorkdays: z.number().int(),
      override: z.boolean().optional(),
      changedDays: z.number().int().optional(),
    }),
  ),
  /** An admin withdrew the bureau's entry for a year: the bundled data is in force again, or the year is unknown. */
  WorkingCalendarYearReverted: envelopeSchema(
    'WorkingCalendarYearReverted',
    1,
    z.object({ year: z.number().int(), now: z.enum(['bundled', 'unknown']), changedDays: z.number().int() }),
  ),
  ...rectificationEventSchemas,
  ...campaignEventSchemas,
  ...sourceEventSchemas,
  ...checklistEventSchemas,
  ...filingEventSchemas,
  ...reminderEventSchemas,
  ...reportingEventSchemas,
  ...organisationEventSchemas,
  ...userEventSchemas,
} as const;

export type EventType = keyof typeof eventSchemas;
export const eventTypes = Object.keys(eventSchemas) as EventType[];

export const DomainEvent = z.discriminatedUnion(
  'type',
  Object.values(eventSchemas) as unknown as [(typeof eventSchemas)[EventType], ...(typeof eventSchemas)[EventType][]],
);
export type DomainEvent = z.infer<typeof DomainEvent>;
export type EventOf<T extends EventType> = z.infer<(typeof eventSchemas)[T]>;

/** A schema accepting only the given types: what a consumer subscribed to them parses with. */
export const eventsOf = (types: readonly EventType[]) => {
  const schemas = types.map((type) => eventSchemas[type]);
  if (schemas.length === 1) return schemas[0]!;
  return z.discriminatedUnion('type', schemas as unknown as [(typeof schemas)[number], ...(typeof schemas)[number][]]);
};
