import { z } from 'zod';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { ResubmissionInput, ReturnReasons, SubmissionInput } from '#shared/checklist/submission.ts';
import { submissionService } from '#shared/checklist/submission-service.ts';
import { env } from '#shared/config.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const submissions = submissionService({ db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator });

const IdParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, 'is not a submission id') });
const Version = { expectedVersion: z.coerce.number().int().min(1) };
const ListQuery = z.object({
  subject: z.string().max(64).optional(),
  templateId: z.string().max(64).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  inspector: z.string().max(64).optional(),
  grade: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2000).optional(),
});

export const handler = httpRouter([
  {
    method: 'POST',
    path: '/v1/checklist-submissions',
    handler: httpRoute({ roles: ['inspector'], body: SubmissionInput }, async ({ caller, body, headers }) => {
      const { submission, created } = await submissions.submit(caller, body, headers['idempotency-key']);
      return { status: created ? 201 : 200, body: submission, headers: { location: `/v1/checklist-submissions/${submission.id}` } };
    }),
  },
  {
    method: 'GET',
    path: '/v1/checklist-submissions',
    handler: httpRoute({ roles: ['inspector', 'supervisor', 'admin', 'office'], query: ListQuery }, async ({ caller, query }) => {
      const { limit, cursor, ...filter } = query;
      return { body: await submissions.list(caller, filter, limit, cursor) };
    }),
  },
  {
    method: 'GET',
    path: '/v1/checklist-submissions/{id}',
    handler: httpRoute({ roles: ['inspector', 'supervisor', 'admin', 'office'], params: IdParam }, async ({ caller, params }) => ({ body: await submissions.read(caller, params.id) })),
  },
  {
    method: 'POST',
    path: '/v1/checklist-submissions/{id}/return',
    handler: httpRoute({ roles: ['supervisor'], params: IdParam, body: z.object({ ...Version, reasons: ReturnReasons }) }, async ({ caller, params, body }) => ({
      body: await submissions.returnForCorrection(caller, params.id, body.expectedVersion, body.reasons),
    })),
  },
  {
    method: 'POST',
    path: '/v1/checklist-submissions/{id}/resubmit',
    handler: httpRoute({ roles: ['inspector'], params: IdParam, body: ResubmissionInput.extend(Version) }, async ({ caller, params, body }) => {
      const { expectedVersion, ...input } = body;
      return { body: await submissions.resubmit(caller, params.id, expectedVersion, input) };
    }),
  },
  {
    method: 'POST',
    path: '/v1/checklist-submissions/{id}/accept',
    handler: httpRoute({ roles: ['supervisor'], params: IdParam, body: z.object(Version) }, async ({ caller, params, body }) => ({
      body: await submissions.accept(caller, params.id, body.expectedVersion),
    })),
  },
]);
