import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventOf } from '../events/catalog.ts';
import { aggregateStore, type FactChange } from './aggregate-store.ts';
import { reportedEvents } from './reported-events.ts';
import { checklistContributions, checklistFactOfEvent, mergeChecklist } from './checklist-facts.ts';
import { inspectionAspects, inspectionContributions, mergeInspection } from './inspection-facts.ts';
import { mergeRectification, rectificationContributions, rectificationFactOfEvent } from './rectification-facts.ts';

export { reportedEvents };
export type ReportedEvent = EventOf<(typeof reportedEvents)[number]>;

/** Each change is typed by its own fact; the store only passes the fact between merge and contributions. */
const erase = <F>(change: FactChange<F>) => change as unknown as FactChange<unknown>;

/** The fact changes an event makes: usually one, one per filing for a joint inspection. */
export const changesOf = (event: ReportedEvent): FactChange<unknown>[] => {
  switch (event.type) {
    case 'ChecklistSubmitted':
    case 'ChecklistReturned':
    case 'ChecklistAccepted': {
      const fact = checklistFactOfEvent(event);
      return [erase({ key: `submission:${event.payload.submissionId}`, merge: (old) => mergeChecklist(old, fact), contributions: checklistContributions })];
    }
    case 'InspectionFiled':
    case 'InspectionFilingRejected':
    case 'InspectionCancelled':
    case 'InspectionResultFiled':
    case 'InspectionRated':
    case 'JointInspectionFormed':
      return inspectionAspects(event).map(({ key, aspect }) => erase({ key, merge: (old) => mergeInspection(old, aspect), contributions: inspectionContributions }));
    default: {
      const fact = rectificationFactOfEvent(event);
      return [erase({ key: `rectification:${event.payload.rectificationId}`, merge: (old) => mergeRectification(old, fact), contributions: rectificationContributions })];
    }
  }
};

/**
 * Moves the report aggregates by what events change; repeated or older events move nothing. A batch of events
 * is read and written together (one transaction where it fits), as if applied one by one in its order.
 */
export const aggregator = (db: DynamoDBDocumentClient, tableName: string, options?: Parameters<typeof aggregateStore>[2]) => {
  const store = aggregateStore(db, tableName, options);
  const applyAll = (events: readonly ReportedEvent[]) => store.applyAll(events.flatMap((event) => changesOf(event).map((change) => ({ tenant: event.tenant, change }))));
  return { apply: (event: ReportedEvent) => applyAll([event]), applyAll };
};
