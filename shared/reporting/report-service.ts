import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { targetStore } from '../checklist/targets.ts';
import type { Caller } from '../http/caller.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { aggregateStore } from './aggregate-store.ts';
import { type Period, yearPeriod } from './period.ts';
import { checklistReport, inspectionReport, rectificationReport, type Scope } from './reports.ts';

/** Supervisors (and admins, inspectors) see the whole tenant; anyone else their own organisation's figures. */
export const scopeOf = (caller: Pick<Caller, 'roles' | 'organisation'>): Scope =>
  caller.roles.some((r) => r === 'admin' || r === 'supervisor' || r === 'inspector') ? { all: true } : { all: false, organisation: caller.organisation };

/** The reports, read from the aggregates: a bounded number of counter rows per period, whatever the record count. */
export const reportService = (db: DynamoDBDocumentClient, tableName: string) => {
  const aggregates = aggregateStore(db, tableName);
  const months = (tenant: TenantCode, family: 'rectifications' | 'inspections', period: Period) =>
    aggregates.counters(tenant, family, `M${period.from.slice(0, 7)}#`, `M${period.to.slice(0, 7)}#~`);

  return {
    rectifications: async (tenant: TenantCode, period: Period, scope: Scope) => rectificationReport(await months(tenant, 'rectifications', period), period, scope),
    inspections: async (tenant: TenantCode, period: Period, scope: Scope) => {
      const [monthRows, periodRows] = await Promise.all([months(tenant, 'inspections', period), aggregates.counters(tenant, 'inspections', `${period.key}#`, `${period.key}#~`)]);
      return inspectionReport(monthRows, periodRows, period, scope);
    },
    checklists: async (tenant: TenantCode, year: number) => {
      const { key } = yearPeriod(year);
      const [rows, targets] = await Promise.all([aggregates.counters(tenant, 'checklists', `${key}#`, `${key}#~`), targetStore(db, tableName).list(tenant)]);
      return checklistReport(rows, targets, year);
    },
  };
};
