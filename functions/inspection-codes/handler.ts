import { z } from 'zod';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { filingService, RatingInput } from '#shared/filing/filing-service.ts';
import { invalidInput } from '#shared/http/errors.ts';
import { CommandBody, enterpriseCommandRoutes } from '#shared/rectification/api-schemas.ts';
import { commandSchemas } from '#shared/rectification/commands.ts';
import { rectificationService } from '#shared/rectification/service.ts';
import { publicRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const filings = filingService(deps);
const rectifications = rectificationService(deps);

const ItemParams = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'is not an inspection code'), id: z.string().regex(/^[0-9A-Z]{26}$/, 'is not a rectification id') });
const CodeParam = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'is not an inspection code') });

/** The enterprise's side (扫码入企): no account, only the code from the QR label. */
export const handler = httpRouter([
  { method: 'GET', path: '/v1/inspection-codes/{code}', handler: publicRoute({ params: CodeParam }, async ({ params }) => ({ body: await filings.codePage(params.code) })) },
  {
    method: 'POST',
    path: '/v1/inspection-codes/{code}/rating',
    handler: publicRoute({ params: CodeParam, body: RatingInput, maxBodyBytes: 4096 }, async ({ params, body }) => ({ status: 201, body: await filings.rate(params.code, body) })),
  },
  ...Object.entries(enterpriseCommandRoutes).map(([segment, type]) => ({
    method: 'POST' as const,
    path: `/v1/inspection-codes/{code}/rectifications/{id}/${segment}`,
    handler: publicRoute({ params: ItemParams, body: CommandBody, maxBodyBytes: 16_384 }, async ({ params, body }) => {
      const { expectedVersion, ...rest } = body;
      const command = commandSchemas[type].safeParse({ ...rest, type });
      if (!command.success) throw invalidInput(command.error, 'body');
      const { tenant, inspectionCode } = await filings.resolveCode(params.code);
      return { body: await rectifications.applyAsEnterprise(tenant, params.id, inspectionCode, expectedVersion, command.data) };
    }),
  })),
]);
