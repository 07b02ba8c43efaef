import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { logger, metrics } from '#shared/observability.ts';
import { remindTenant, type TenantRun } from '#shared/reminders/job.ts';
import { ScheduledRun } from '#shared/scheduled.ts';
import { tenantRegistry } from '#shared/tenancy/registry.ts';

const tableName = env.recordsTable();

export const handler = middy(async (input: unknown) => {
  const run = ScheduledRun.parse(input);
  const runs: TenantRun[] = [];
  for (const tenant of await tenantRegistry(dynamo(), tableName).list()) runs.push(await remindTenant(dynamo(), tableName, tenant.code, new Date(run.scheduledTime)));
  metrics.addMetric('ReminderDigestsSent', MetricUnit.Count, runs.reduce((n, r) => n + r.sent.length, 0));
  logger.info('reminders run', { runs });
  return { runs };
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
