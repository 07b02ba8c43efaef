import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { codeApi as api, codeCommandApi } from '#shared/filing/code-api.ts';
import { filingService } from '#shared/filing/filing-service.ts';
import { publicRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { commandSchemas } from '#shared/rectification/commands.ts';
import { rectificationService } from '#shared/rectification/service.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const filings = filingService(deps);
const rectifications = rectificationService(deps);

/** The enterprise's side (扫码入企): no account, only the code from the QR label. */
export const handler = httpRouter([
  publicRoute(api.verify, async ({ params }) => ({ body: await filings.codePage(params.code) })),
  publicRoute(api.rate, async ({ params, body }) => ({ status: 201, body: await filings.rate(params.code, body) })),
  ...codeCommandApi.map(({ type, operation }) =>
    publicRoute(operation, async ({ params, body }) => {
      const { expectedVersion, ...rest } = body;
      const { tenant, inspectionCode } = await filings.resolveCode(params.code);
      return { body: await rectifications.applyAsEnterprise(tenant, params.id, inspectionCode, expectedVersion, commandSchemas[type].parse({ ...rest, type })) };
    }),
  ),
]);
