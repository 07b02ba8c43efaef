import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { submissionEvidence } from '#shared/checklist/submission.ts';
import { submissionApi as api } from '#shared/checklist/submission-api.ts';
import { submissionService } from '#shared/checklist/submission-service.ts';
import { env } from '#shared/config.ts';
import { evidenceFilesOf } from '#shared/evidence/evidence-files.ts';
import { keyedRequest } from '#shared/http/idempotency-key.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const files = evidenceFilesOf(deps);
const submissions = submissionService({ ...deps, evidence: files });

export const handler = httpRouter([
  httpRoute(api.submit, async ({ caller, body, headers }) => {
    const { submission, created } = await submissions.submit(caller, body, keyedRequest(headers['idempotency-key'], body));
    return { status: created ? 201 : 200, body: submission, headers: { location: `/v1/checklist-submissions/${submission.id}` } };
  }),
  httpRoute(api.list, async ({ caller, query }) => {
    const { limit, cursor, ...filter } = query;
    return { body: await submissions.list(caller, filter, limit, cursor) };
  }),
  httpRoute(api.read, async ({ caller, params }) => ({ body: await submissions.read(caller, params.id) })),
  httpRoute(api.downloadEvidence, async ({ caller, params, query }) => ({ body: await files.offerDownload(submissionEvidence(await submissions.read(caller, params.id)), params.fileId, query.disposition) })),
  httpRoute(api.return, async ({ caller, params, body }) => ({ body: await submissions.returnForCorrection(caller, params.id, body.expectedVersion, body.reasons) })),
  httpRoute(api.resubmit, async ({ caller, params, body }) => {
    const { expectedVersion, ...input } = body;
    return { body: await submissions.resubmit(caller, params.id, expectedVersion, input) };
  }),
  httpRoute(api.accept, async ({ caller, params, body }) => ({ body: await submissions.accept(caller, params.id, body.expectedVersion) })),
]);
