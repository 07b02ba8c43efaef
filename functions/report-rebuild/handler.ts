import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { logger } from '#shared/observability.ts';
import { parseRequest } from '#shared/operator-request.ts';
import { rebuildReports } from '#shared/reporting/rebuild.ts';
import { reconcile } from '#shared/reporting/reconciliation.ts';
import { yearPeriod } from '#shared/reporting/period.ts';
import { RebuildRequest } from '#shared/reporting/rebuild-request.ts';

/** Operator tool: repairs a tenant's report aggregates of one year from the source records, then reconciles. */
export const handler = middy(async (input: unknown) => {
  const { tenant, year } = parseRequest(RebuildRequest, input);
  const rebuild = await rebuildReports(dynamo(), env.recordsTable(), tenant, year);
  const after = await reconcile(dynamo(), env.recordsTable(), tenant, yearPeriod(year));
  logger.info('report aggregates rebuilt', { rebuild, differencesAfter: after.differences.length });
  return { ...rebuild, differencesAfter: after.differences };
}).use(injectLambdaContext(logger, { resetKeys: true }));
