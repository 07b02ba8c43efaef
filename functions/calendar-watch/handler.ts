import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { dynamo } from '#shared/adapters/aws.ts';
import { calendarStore } from '#shared/calendar/calendar-store.ts';
import { calendarWarning } from '#shared/calendar/calendar-watch.ts';
import { shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { env } from '#shared/config.ts';
import { logger, metrics } from '#shared/observability.ts';
import { ScheduledRun } from '#shared/scheduled.ts';
import { TransactionRefused, commit } from '#shared/store/transaction.ts';
import { tenantRegistry } from '#shared/tenancy/registry.ts';

const tableName = env.recordsTable();
const calendars = calendarStore(dynamo(), tableName);
const tenants = tenantRegistry(dynamo(), tableName);

export const handler = middy(async (input: unknown) => {
  const run = ScheduledRun.parse(input);
  const at = new Date(run.scheduledTime);
  const today = shanghaiDate(at);
  let warned = 0;
  for (const tenant of await tenants.list()) {
    const warning = calendarWarning(tenant.code, await calendars.calendarOf(tenant.code), today, at);
    if (!warning) continue;
    try {
      await commit(dynamo(), tableName, [], [warning]);
      warned += 1;
    } catch (error) {
      if (!(error instanceof TransactionRefused)) throw error; // already warned today
    }
  }
  metrics.addMetric('CalendarWarnings', MetricUnit.Count, warned);
  logger.info('calendar checked', { today, warned });
  return { today, warned };
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
