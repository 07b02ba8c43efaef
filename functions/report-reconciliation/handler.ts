import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { dynamo } from '#shared/adapters/aws.ts';
import { shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { env } from '#shared/config.ts';
import { logger, metrics } from '#shared/observability.ts';
import { yearPeriod } from '#shared/reporting/period.ts';
import { rebuildReports } from '#shared/reporting/rebuild.ts';
import { reconcile, type Reconciliation } from '#shared/reporting/reconciliation.ts';
import { ScheduledRun } from '#shared/scheduled.ts';
import { tenantRegistry } from '#shared/tenancy/registry.ts';

const tableName = env.recordsTable();

/**
 * Nightly: recomputes each tenant's aggregates of the current year from the source records and
 * reports every difference (error log and the `ReportDifferences` metric, alarmed in AWS). With
 * REPORTS_AUTO_REPAIR=true it also rebuilds each year that differs (the differences are still reported).
 */
export const handler = middy(async (input: unknown) => {
  const run = ScheduledRun.parse(input);
  // The run just after midnight checks the year that day belongs to; on 1 January also the year before.
  const today = shanghaiDate(new Date(run.scheduledTime));
  const years = [...new Set([Number(today.slice(0, 4)), ...(today.endsWith('-01-01') ? [Number(today.slice(0, 4)) - 1] : [])])];
  const results: Reconciliation[] = [];
  for (const tenant of await tenantRegistry(dynamo(), tableName).list()) {
    for (const year of years) results.push(await reconcile(dynamo(), tableName, tenant.code, yearPeriod(year)));
  }
  const differences = results.reduce((n, r) => n + r.differences.length, 0);
  metrics.addMetric('ReportDifferences', MetricUnit.Count, differences);
  if (differences) logger.error('report aggregates differ from the source records', { results: results.filter((r) => r.differences.length) });
  if (differences && env.reportsAutoRepair()) {
    for (const r of results.filter((r) => r.differences.length)) {
      logger.warn('report aggregates repaired', { rebuild: await rebuildReports(dynamo(), tableName, r.tenant, Number(r.period.slice(1))) });
    }
  }
  else logger.info('report aggregates match the source records', { checked: results.map((r) => ({ tenant: r.tenant, period: r.period, figures: r.figuresCompared })) });
  return { results, repaired: differences > 0 && env.reportsAutoRepair() };
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
