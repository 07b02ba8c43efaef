import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { dynamo } from '#shared/adapters/aws.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { objectStore } from '#shared/adapters/object-store.ts';
import { env } from '#shared/config.ts';
import { logger, metrics } from '#shared/observability.ts';
import { quarterlyReports, type QuarterlyRun } from '#shared/reporting/quarterly.ts';
import { ScheduledRun } from '#shared/scheduled.ts';
import { tenantRegistry } from '#shared/tenancy/registry.ts';

const tableName = env.recordsTable();

/** Generates the previous quarter's report for every tenant on the first working day of a quarter. */
export const handler = middy(async (input: unknown) => {
  const run = ScheduledRun.parse(input);
  const reports = quarterlyReports({ db: dynamo(), tableName, files: objectStore(env.reportsBucket()), ids: ulidGenerator });
  const runs: QuarterlyRun[] = [];
  for (const tenant of await tenantRegistry(dynamo(), tableName).list()) runs.push(await reports.runFor(tenant.code, new Date(run.scheduledTime)));
  metrics.addMetric('QuarterlyReportsGenerated', MetricUnit.Count, runs.filter((r) => r.outcome === 'generated').length);
  logger.info('quarterly reports', { runs });
  return { runs };
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
