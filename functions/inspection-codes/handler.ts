import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { evidenceFilesOf } from '#shared/evidence/evidence-files.ts';
import { enterpriseEvidence } from '#shared/evidence/enterprise-evidence.ts';
import { codeApi as api, codeCommandApi } from '#shared/filing/code-api.ts';
import { filingService } from '#shared/filing/filing-service.ts';
import { publicRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { commandSchemas } from '#shared/rectification/commands.ts';
import { rectificationService } from '#shared/rectification/service.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const files = evidenceFilesOf(deps);
const filings = filingService(deps);
const rectifications = rectificationService({ ...deps, evidence: files });
const evidence = enterpriseEvidence({ files, filings, rectifications });

/** The enterprise's side (扫码入企): no account, only the code from the QR label. */
export const handler = httpRouter([
  publicRoute(api.verify, async ({ params }) => ({ body: await filings.codePage(params.code) })),
  publicRoute(api.rate, async ({ params, body }) => ({ status: 201, body: await filings.rate(params.code, body) })),
  publicRoute(api.offerUpload, async ({ params, body }) => ({ status: 201, body: await evidence.offer(params.code, params.id, body) })),
  publicRoute(api.downloadEvidence, async ({ params, query }) => ({ body: await evidence.download(params.code, params.id, params.fileId, query.disposition) })),
  ...codeCommandApi.map(({ type, operation }) =>
    publicRoute(operation, async ({ params, body }) => {
      const { expectedVersion, ...rest } = body;
      const { tenant, inspectionCode } = await filings.resolveCode(params.code);
      return { body: await rectifications.applyAsEnterprise(tenant, params.id, inspectionCode, expectedVersion, commandSchemas[type].parse({ ...rest, type })) };
    }),
  ),
]);
