import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { evidenceFilesOf } from '#shared/evidence/evidence-files.ts';
import { filingApi as api } from '#shared/filing/filing-api.ts';
import { filingService } from '#shared/filing/filing-service.ts';
import { keyedRequest } from '#shared/http/idempotency-key.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const files = evidenceFilesOf(deps);
const filings = filingService({ ...deps, verifyBaseUrl: env.verifyBaseUrl(), evidence: files });

export const handler = httpRouter([
  httpRoute(api.plan, async ({ caller, body, headers }) => {
    const { filing, created } = await filings.plan(caller, body, keyedRequest(headers['idempotency-key'], body));
    return { status: created ? 201 : 200, body: filing, headers: { location: `/v1/inspection-filings/${filing.id}` } };
  }),
  httpRoute(api.downloadEvidence, async ({ caller, params, query }) => ({ body: await files.offerDownload([(await filings.read(caller, params.id)).result?.evidence], params.fileId, query.disposition) })),
  httpRoute(api.check, async ({ caller, body }) => ({ body: await filings.check(caller, body) })),
  httpRoute(api.list, async ({ caller, query }) => ({ body: { filings: await filings.list(caller, query) } })),
  httpRoute(api.read, async ({ caller, params }) => ({ body: await filings.read(caller, params.id) })),
  httpRoute(api.cancel, async ({ caller, params, body }) => ({ body: await filings.cancel(caller, params.id, body.expectedVersion, body.reason) })),
  httpRoute(api.fileResult, async ({ caller, params, body }) => {
    const { expectedVersion, ...input } = body;
    return { body: await filings.fileResult(caller, params.id, expectedVersion, input) };
  }),
  httpRoute(api.formJoint, async ({ caller, body }) => ({ status: 201, body: await filings.formJoint(caller, body.filingIds, body.visitOn) })),
  httpRoute(api.rating, async ({ caller, params }) => ({ body: await filings.rating(caller, params.id) })),
]);
