import { addDays, shanghaiDate } from '../calendar/working-calendar.ts';
import { HttpError } from '../http/errors.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import type { rectificationService } from './service.ts';

type Service = ReturnType<typeof rectificationService>;
export type WatchReport = { tenant: TenantCode; markedOverdue: number; escalated: number; failed: number };

const job = 'rectification-watch';

/**
 * The daily pass over a tenant's overdue items (read through the open-by-deadline index only):
 * marks newly overdue items and escalates (挂牌督办) those overdue longer than the tenant allows.
 * Each step is decided from the item's state, so running it twice changes nothing the second time.
 */
export const watchTenant = async (service: Service, tenant: TenantCode, at: Date, log: (e: Record<string, unknown>) => void): Promise<WatchReport> => {
  const today = shanghaiDate(at);
  const ctx = await service.contextFor(tenant, { kind: 'system', job }, at);
  const { rules, calendar } = ctx;
  const report: WatchReport = { tenant, markedOverdue: 0, escalated: 0, failed: 0 };
  for (let item of await service.store.openDueBetween(tenant, undefined, addDays(today, -1))) {
    try {
      if (!item.overdueSince) {
        item = await service.applyAsSystem(item, { type: 'markOverdue' }, ctx);
        report.markedOverdue += 1;
      }
      const limit = rules.autoEscalateAfterOverdueWorkingDays;
      if (limit !== null && !item.escalation && calendar.workingDaysBetween(item.deadline, today) >= limit) {
        await service.applyAsSystem(item, { type: 'escalate', reason: `逾期超过 ${limit} 个工作日，自动挂牌督办` }, ctx);
        report.escalated += 1;
      }
    } catch (error) {
      // A concurrent change (409) is fine: the next run sees the new state. Anything else is counted and reported.
      if (error instanceof HttpError && error.status === 409) continue;
      report.failed += 1;
      log({ message: 'watch step failed', tenant, rectificationId: item.id, error: (error as Error).message });
    }
  }
  return report;
};
