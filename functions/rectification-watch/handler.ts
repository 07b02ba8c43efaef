import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { logger, metrics } from '#shared/observability.ts';
import { rectificationService } from '#shared/rectification/service.ts';
import { indexKeyBackfill } from '#shared/rectification/store.ts';
import { type WatchReport, watchTenant } from '#shared/rectification/watch.ts';
import { ScheduledRun } from '#shared/scheduled.ts';
import { tenantRegistry } from '#shared/tenancy/registry.ts';

const service = rectificationService({ db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator });
const tenants = tenantRegistry(dynamo(), env.recordsTable());
const backfill = indexKeyBackfill(dynamo(), env.recordsTable());

export const handler = middy(async (input: unknown) => {
  const run = ScheduledRun.parse(input);
  const reports: WatchReport[] = [];
  for (const tenant of await tenants.list()) {
    const indexed = await backfill.backfill(tenant.code, new Date(run.scheduledTime));
    if (!indexed.alreadyReady) logger.info('rectification rows given their period index keys', { tenant: tenant.code, rewritten: indexed.rewritten });
    reports.push(await watchTenant(service, tenant.code, new Date(run.scheduledTime), (e) => logger.error('watch', e)));
  }
  const sum = (key: 'markedOverdue' | 'escalated' | 'failed') => reports.reduce((n, r) => n + r[key], 0);
  metrics.addMetric('RectificationsMarkedOverdue', MetricUnit.Count, sum('markedOverdue'));
  metrics.addMetric('RectificationsAutoEscalated', MetricUnit.Count, sum('escalated'));
  logger.info('rectifications watched', { reports });
  // Failed steps make the run fail, so the scheduler retries; steps already done are not repeated.
  if (sum('failed') > 0) throw new Error(`${sum('failed')} rectification steps failed`);
  return { reports };
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
