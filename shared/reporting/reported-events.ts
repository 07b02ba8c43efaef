import type { EventType } from '../events/catalog.ts';
import { rectificationEventSchemas } from '../rectification/events.ts';

/** The events the reporting consumer subscribes to: every change the reports count. */
export const reportedEvents = [
  ...(Object.keys(rectificationEventSchemas) as (keyof typeof rectificationEventSchemas)[]),
  'ChecklistSubmitted',
  'ChecklistReturned',
  'ChecklistAccepted',
  'InspectionFiled',
  'InspectionFilingRejected',
  'InspectionCancelled',
  'InspectionResultFiled',
  'InspectionRated',
  'JointInspectionFormed',
] as const satisfies readonly EventType[];
