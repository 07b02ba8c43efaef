import type { EventOf } from '../events/catalog.ts';
import type { Submission } from '../checklist/submission.ts';
import { type Contributions, none, type Tally } from './contributions.ts';

type ChecklistEvent = EventOf<'ChecklistSubmitted' | 'ChecklistReturned' | 'ChecklistAccepted'>;

/** What the checklist report needs of one submission: its latest state, by submission version. */
export type ChecklistFact = {
  version: number;
  status: Submission['status'];
  kind: string;
  year: number;
  /** The assessed subject: an office, or a case file of an organisation. */
  subject: string;
  score: number;
  grade: string;
  meetsStandard: boolean;
  model: boolean;
  failedItems: { id: string; text?: string }[];
};

const subjectOf = (s: { organisation: string; caseFileReference?: string | undefined }) => (s.caseFileReference ? `${s.organisation}/${s.caseFileReference}` : s.organisation);

export const checklistFactOfEvent = (event: ChecklistEvent): ChecklistFact => {
  const p = event.payload;
  const status = event.type === 'ChecklistAccepted' ? 'accepted' : event.type === 'ChecklistReturned' ? 'returned' : 'submitted';
  return {
    version: p.submissionVersion,
    status,
    kind: p.templateKind,
    year: p.year,
    subject: subjectOf(p.subject),
    score: p.score,
    grade: p.grade,
    meetsStandard: p.meetsStandard,
    model: p.model,
    // Only an accepted assessment counts its failed items; the accept event names them with their text.
    failedItems: event.type === 'ChecklistAccepted' ? event.payload.failedItems.map((i) => ({ id: i.itemId, text: i.text })) : [],
  };
};

/** The fact as the events would have left it; `itemText` gives a failed item's text from the submission's template version. */
export const checklistFactOfSubmission = (s: Submission, itemText: (itemId: string) => string | undefined = () => undefined): ChecklistFact => ({
  version: s.version,
  status: s.status,
  kind: s.template.kind,
  year: s.year,
  subject: subjectOf(s.subject),
  score: s.result.score,
  grade: s.result.grade,
  meetsStandard: s.result.meetsStandard,
  model: s.result.model,
  failedItems: s.status === 'accepted' ? s.result.items.filter((i) => i.failed).map((i) => ({ id: i.itemId, text: itemText(i.itemId) })) : [],
});

export const mergeChecklist = (old: ChecklistFact | undefined, next: ChecklistFact) => (!old || next.version > old.version ? next : undefined);

/**
 * Per year and template kind: accepted assessments with their scores, grades, model count and failed
 * items; assessments still in review or returned; distinct subjects assessed (a distribution).
 */
export const checklistContributions = (fact: ChecklistFact | undefined): Contributions => {
  if (!fact) return none;
  const row = { family: 'checklists' as const, period: `Y${fact.year}`, dimension: { kind: fact.kind } };
  if (fact.status !== 'accepted') return { tallies: [{ ...row, counts: { [fact.status === 'returned' ? 'returned' : 'inReview']: 1 } }], memberships: [] };
  const tally: Tally = {
    ...row,
    counts: {
      accepted: 1,
      meetsStandard: fact.meetsStandard ? 1 : 0,
      model: fact.model ? 1 : 0,
      scoreSum: fact.score,
      [`grade:${fact.grade}`]: 1,
      ...Object.fromEntries(fact.failedItems.map((i) => [`failed:${i.id}`, 1])),
    },
    labels: Object.fromEntries(fact.failedItems.filter((i) => i.text).map((i) => [`failed:${i.id}`, i.text!])),
  };
  const memberships = [{ ...row, name: 'subjects', member: fact.subject }];
  // The yearly target is a share of subjects, so subjects meeting the standard are counted distinct too.
  if (fact.meetsStandard) memberships.push({ ...row, name: 'subjectsMeetingStandard', member: fact.subject });
  return { tallies: [tally], memberships };
};
