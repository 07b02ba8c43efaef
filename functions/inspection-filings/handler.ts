import { z } from 'zod';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { filingService, ResultInput } from '#shared/filing/filing-service.ts';
import { PlanFilingInput } from '#shared/filing/rules.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const filings = filingService({ db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator, verifyBaseUrl: env.verifyBaseUrl() });
const IdParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, 'is not a filing id') });
const Version = { expectedVersion: z.coerce.number().int().min(1) };

export const handler = httpRouter([
  {
    method: 'POST',
    path: '/v1/inspection-filings',
    handler: httpRoute({ roles: ['agency'], body: PlanFilingInput }, async ({ caller, body, headers }) => {
      const { filing, created } = await filings.plan(caller, body, headers['idempotency-key']);
      return { status: created ? 201 : 200, body: filing, headers: { location: `/v1/inspection-filings/${filing.id}` } };
    }),
  },
  { method: 'GET', path: '/v1/inspection-filings', handler: httpRoute({ roles: ['agency'] }, async ({ caller }) => ({ body: { filings: await filings.listOwn(caller) } })) },
  {
    method: 'GET',
    path: '/v1/inspection-filings/{id}',
    handler: httpRoute({ roles: ['agency', 'supervisor', 'admin'], params: IdParam }, async ({ caller, params }) => ({ body: await filings.read(caller, params.id) })),
  },
  {
    method: 'POST',
    path: '/v1/inspection-filings/{id}/cancel',
    handler: httpRoute({ roles: ['agency', 'supervisor'], params: IdParam, body: z.object({ ...Version, reason: z.string().trim().min(1).max(500) }) }, async ({ caller, params, body }) => ({
      body: await filings.cancel(caller, params.id, body.expectedVersion, body.reason),
    })),
  },
  {
    method: 'POST',
    path: '/v1/inspection-filings/{id}/result',
    handler: httpRoute({ roles: ['agency'], params: IdParam, body: ResultInput.extend(Version) }, async ({ caller, params, body }) => {
      const { expectedVersion, ...input } = body;
      return { body: await filings.fileResult(caller, params.id, expectedVersion, input) };
    }),
  },
  {
    method: 'POST',
    path: '/v1/joint-inspections',
    handler: httpRoute(
      { roles: ['agency', 'supervisor'], body: z.object({ filingIds: z.array(IdParam.shape.id).min(2).max(10), visitOn: z.iso.date() }) },
      async ({ caller, body }) => ({ status: 201, body: await filings.formJoint(caller, body.filingIds, body.visitOn) }),
    ),
  },
  {
    method: 'GET',
    path: '/v1/inspection-filings/{id}/rating',
    handler: httpRoute({ roles: ['supervisor', 'admin'], params: IdParam }, async ({ caller, params }) => ({ body: await filings.rating(caller, params.id) })),
  },
]);
