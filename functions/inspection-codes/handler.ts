import { z } from 'zod';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { filingService, RatingInput } from '#shared/filing/filing-service.ts';
import { publicRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const filings = filingService({ db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator });
const CodeParam = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'is not an inspection code') });

/** The enterprise's side (扫码入企): no account, only the code from the QR label. */
export const handler = httpRouter([
  { method: 'GET', path: '/v1/inspection-codes/{code}', handler: publicRoute({ params: CodeParam }, async ({ params }) => ({ body: await filings.codePage(params.code) })) },
  {
    method: 'POST',
    path: '/v1/inspection-codes/{code}/rating',
    handler: publicRoute({ params: CodeParam, body: RatingInput, maxBodyBytes: 4096 }, async ({ params, body }) => ({ status: 201, body: await filings.rate(params.code, body) })),
  },
]);
