import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import { checkReview } from '../checklist/submission.ts';
import { readableSubmission } from '../checklist/submission-access.ts';
import { submissionStore } from '../checklist/submission-store.ts';
import { readableFiling } from '../filing/filing-access.ts';
import { filingStore } from '../filing/filing-store.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { forbidden, invalidTransition } from '../http/errors.ts';
import { rectificationService } from '../rectification/service.ts';
import type { EvidenceFiles } from './evidence-files.ts';
import { draftSubjectId, type EvidenceSubject, type UploadRequest } from './evidence.ts';
import { takesEvidence } from './rectification-evidence.ts';

type Deps = { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator; files: EvidenceFiles };

/**
 * Who may upload evidence for what: the record's own rules decide (the same services the commands go
 * through), so a form is only offered to someone whose command could then use the file. Downloads are each
 * record's function's (EvidenceFiles.offerDownload over the record as its reader sees it).
 */
export const evidenceUploads = (deps: Deps) => {
  const rectifications = rectificationService(deps);
  // Submissions and filings are checked by their own read rule on the stored record; a rectification item's
  // answer carries the commands its reader may apply now, which its service computes.
  const readSubmission = readableSubmission(submissionStore(deps.db, deps.tableName));
  const readFiling = readableFiling(filingStore(deps.db, deps.tableName));

  const subjectFor = async (caller: Caller, subject: UploadRequest['subject']): Promise<EvidenceSubject> => {
    switch (subject.kind) {
      case 'rectification':
        takesEvidence(await rectifications.read(caller, subject.id));
        return subject;
      case 'checklist-submission': {
        if (!subject.id) {
          if (!caller.roles.includes('inspector')) throw forbidden('only inspectors submit assessments');
          return { kind: subject.kind, id: draftSubjectId(caller.userId) };
        }
        const submission = await readSubmission(caller, subject.id);
        const refusal = checkReview(submission, 'resubmit', caller.roles);
        if (refusal?.kind === 'invalid_transition') throw invalidTransition(refusal.message, { currentStatus: refusal.status, currentVersion: submission.version });
        if (refusal) throw forbidden(refusal.message);
        return { kind: subject.kind, id: subject.id };
      }
      case 'inspection-filing': {
        const filing = await readFiling(caller, subject.id);
        if (filing.agency !== caller.organisation) throw forbidden('only the inspecting agency files the result');
        if (filing.status !== 'planned') throw invalidTransition(`a filing that is ${filing.status} takes no result`, { currentStatus: filing.status, currentVersion: filing.version });
        return subject;
      }
    }
  };

  return {
    offer: async (caller: Caller, request: UploadRequest) => deps.files.offerUpload(caller.tenant, await subjectFor(caller, request.subject), request, actorOf(caller)),
  };
};
