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

/** Moves the report aggregates by what one event changes; repeated or older events move nothing. */
export const aggregator = (db: DynamoDBDocumentClient, tableName: string) => {
  const store = aggregateStore(db, tableName);
  return {
    apply: async (event: ReportedEvent) => {
      let changed = 0;
      for (const change of changesOf(event)) if (await store.apply(event.tenant, change)) changed += 1;
      return changed;
    },
  };
};
