import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { submissionStore } from '../checklist/submission-store.ts';
import { filingStore } from '../filing/filing-store.ts';
import type { InspectionFiling } from '../filing/filing.ts';
import type { Rectification } from '../rectification/rectification.ts';
import { rectificationStore } from '../rectification/store.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import type { Period } from './period.ts';
import { reportOrganisation } from './rectification-facts.ts';
import { reportService } from './report-service.ts';
import type { Scope } from './reports.ts';
import { checklistTables, inspectionTables, itemTable, rectificationTables, type Table } from './tables.ts';

export const reportNames = ['checklists', 'inspections', 'rectifications'] as const;
export type ReportName = (typeof reportNames)[number];

const within = (date: string | undefined, period: Period) => date !== undefined && date >= period.from && date <= period.to;
const visibleTo = (scope: Scope) => (item: Rectification) => {
  if (scope.all) return true;
  const organisation = reportOrganisation(item.responsibility.organisation, item.responsibility.supervisingOrganisation);
  return organisation === scope.organisation || organisation === `enterprises:${scope.organisation}`;
};

/**
 * The tables of a report plus the rectification items behind its figures: for rectifications the items
 * assigned or closed in the period, for inspections those ordered by the period's filings, for checklists
 * those found by the year's accepted assessments. Listing items reads records; the figures never do.
 */
export const exportService = (db: DynamoDBDocumentClient, tableName: string) => {
  const reports = reportService(db, tableName);
  const items = rectificationStore(db, tableName);

  const behind = {
    rectifications: async (tenant: TenantCode, period: Period, scope: Scope) =>
      (await items.all(tenant)).filter((i) => within(i.assignedOn, period) || (i.status === 'closed' && within(i.closedOn, period))).filter(visibleTo(scope)),
    inspections: async (tenant: TenantCode, period: Period, scope: Scope) => {
      const filings = (await filingStore(db, tableName).plannedBetween(tenant, 'ALL', period.from, period.to))
        .map((row) => row.filing as InspectionFiling)
        .filter((f) => scope.all || f.agency === scope.organisation);
      const ids = new Set(filings.map((f) => f.id));
      return (await items.all(tenant)).filter((i) => i.source.kind === 'inspection' && ids.has(i.source.filingId));
    },
    checklists: async (tenant: TenantCode, year: number) => {
      const ids = new Set((await submissionStore(db, tableName).ofYear(tenant, year)).filter((s) => s.status === 'accepted').map((s) => s.id));
      return (await items.all(tenant)).filter((i) => i.source.kind === 'checklist' && ids.has(i.source.submissionId));
    },
  };
  const byAssignment = (list: Rectification[]) => list.sort((a, b) => a.assignedOn.localeCompare(b.assignedOn) || a.id.localeCompare(b.id));

  const tablesOf = async (tenant: TenantCode, name: ReportName, period: Period, scope: Scope): Promise<Table[]> => {
    switch (name) {
      case 'rectifications': {
        const [report, list] = await Promise.all([reports.rectifications(tenant, period, scope), behind.rectifications(tenant, period, scope)]);
        return [...rectificationTables(report), itemTable(byAssignment(list))];
      }
      case 'inspections': {
        const [report, list] = await Promise.all([reports.inspections(tenant, period, scope), behind.inspections(tenant, period, scope)]);
        return [...inspectionTables(report), itemTable(byAssignment(list))];
      }
      case 'checklists': {
        const year = Number(period.from.slice(0, 4));
        const [report, list] = await Promise.all([reports.checklists(tenant, year), behind.checklists(tenant, year)]);
        return [...checklistTables(report), itemTable(byAssignment(list))];
      }
    }
  };

  return {
    tablesOf,
    /** The quarterly report: the quarter's rectifications and inspections, the year's checklists so far, and every item behind them. */
    quarterlyTables: async (tenant: TenantCode, quarter: Period): Promise<Table[]> => {
      const all: Scope = { all: true };
      const year = Number(quarter.from.slice(0, 4));
      const [rectifications, inspections, checklists, ...lists] = await Promise.all([
        reports.rectifications(tenant, quarter, all),
        reports.inspections(tenant, quarter, all),
        reports.checklists(tenant, year),
        behind.rectifications(tenant, quarter, all),
        behind.inspections(tenant, quarter, all),
        behind.checklists(tenant, year),
      ]);
      const unique = new Map(lists.flat().map((i) => [i.id, i]));
      return [...rectificationTables(rectifications), ...inspectionTables(inspections), ...checklistTables(checklists), itemTable(byAssignment([...unique.values()]))];
    },
  };
};
