import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { templateStore } from '../checklist/template-store.ts';
import { campaignStore } from '../rectification/campaign-store.ts';
import { targetStore } from '../checklist/targets.ts';
import type { Caller } from '../http/caller.ts';
import { organisationNamesOf } from '../organisation/names.ts';
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

  const names = (tenant: TenantCode) => organisationNamesOf(db, tableName, tenant);
  /** A template kind as people call it: the title of a template of that kind, without the form's 考核表/评查表. */
  const kindNames = async (tenant: TenantCode) => {
    const heads = await templateStore(db, tableName).list(tenant);
    return (kind: string) => heads.find((h) => h.kind === kind)?.title ?? kind;
  };

  // Ids stay for programs; each row also carries the name a person reads.
  return {
    rectifications: async (tenant: TenantCode, period: Period, scope: Scope) => {
      const [rows, name] = await Promise.all([months(tenant, 'rectifications', period), names(tenant)]);
      const report = rectificationReport(rows, period, scope);
      const campaigns = report.byCampaign.length ? await campaignStore(db, tableName).list(tenant) : [];
      const title = (id: string) => campaigns.find((c) => c.id === id)?.title ?? id;
      return {
        ...report,
        byOrganisation: report.byOrganisation.map((r) => ({ ...r, organisationName: name(r.organisation) })),
        byCampaign: report.byCampaign.map((r) => ({ ...r, campaignTitle: title(r.campaign) })),
      };
    },
    inspections: async (tenant: TenantCode, period: Period, scope: Scope) => {
      const [monthRows, periodRows, name] = await Promise.all([months(tenant, 'inspections', period), aggregates.counters(tenant, 'inspections', `${period.key}#`, `${period.key}#~`), names(tenant)]);
      const report = inspectionReport(monthRows, periodRows, period, scope);
      return {
        ...report,
        byAgency: report.byAgency.map((r) => ({ ...r, agencyName: name(r.agency) })),
        filingsByAgencyAndMonth: report.filingsByAgencyAndMonth.map((r) => ({ ...r, agencyName: name(r.agency) })),
      };
    },
    checklists: async (tenant: TenantCode, year: number) => {
      const { key } = yearPeriod(year);
      const [rows, targets, kindName] = await Promise.all([aggregates.counters(tenant, 'checklists', `${key}#`, `${key}#~`), targetStore(db, tableName).list(tenant), kindNames(tenant)]);
      const report = checklistReport(rows, targets, year);
      return { ...report, kinds: report.kinds.map((k) => ({ ...k, kindName: kindName(k.kind) })) };
    },
  };
};
