import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Clock, systemClock } from '../adapters/clock.ts';
import { shanghaiDate } from '../calendar/working-calendar.ts';
import { submissionStore } from '../checklist/submission-store.ts';
import { filingStore } from '../filing/filing-store.ts';
import type { InspectionFiling } from '../filing/filing.ts';
import type { Rectification } from '../rectification/rectification.ts';
import { campaignStore } from '../rectification/campaign-store.ts';
import { intakeItemId } from '../rectification/intake.ts';
import { rectificationStore } from '../rectification/store.ts';
import { enterprisesOf, type OrganisationNames } from '../organisation/display-names.ts';
import { organisationNamesOf } from '../organisation/names.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import type { Period } from './period.ts';
import type { reportNames } from './report-api.ts';
import { reportOrganisation } from './rectification-facts.ts';
import { reportService } from './report-service.ts';
import type { Scope } from './reports.ts';
import { campaignTable, checklistTables, inspectionTables, itemTables, rectificationTables, type Table } from './tables.ts';

export type ReportName = (typeof reportNames)[number];

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
export const exportService = (db: DynamoDBDocumentClient, tableName: string, clock: Clock = systemClock) => {
  const reports = reportService(db, tableName);
  const items = rectificationStore(db, tableName);

  /** The items behind each report's figures, read by their period: never the tenant's other years. */
  const behind = {
    rectifications: async (tenant: TenantCode, period: Period, scope: Scope) =>
      (await items.assignedOrClosedBetween(tenant, period.from, period.to)).filter(visibleTo(scope)),
    // The items the intake made of the period's orders to correct and failed checklist items, by their ids.
    inspections: async (tenant: TenantCode, period: Period, scope: Scope) => {
      const filings = (await filingStore(db, tableName).plannedBetween(tenant, 'ALL', period.from, period.to))
        .map((row) => row.filing as InspectionFiling)
        .filter((f) => scope.all || f.agency === scope.organisation);
      return items.byIds(tenant, filings.flatMap((f) => f.result?.orders.map((o) => intakeItemId.inspection(tenant, f.id, o.orderId)) ?? []));
    },
    checklists: async (tenant: TenantCode, year: number) => {
      const accepted = (await submissionStore(db, tableName).ofYear(tenant, year)).filter((s) => s.status === 'accepted');
      return items.byIds(tenant, accepted.flatMap((s) => s.result.items.filter((i) => i.failed).map((i) => intakeItemId.checklist(tenant, s.id, i.itemId))));
    },
  };
  const byAssignment = (list: Rectification[]) => list.sort((a, b) => a.assignedOn.localeCompare(b.assignedOn) || a.id.localeCompare(b.id));
  /** The campaigns still running in the period or since (not completed before it began), if there are any. */
  const campaignSheets = async (tenant: TenantCode, period: Period, name: OrganisationNames): Promise<Table[]> => {
    const running = (await campaignStore(db, tableName).list(tenant)).filter((c) => c.startedOn === undefined || c.startedOn <= period.to).filter((c) => !c.completedOn || c.completedOn >= period.from);
    return running.length ? [campaignTable(running.sort((a, b) => a.id.localeCompare(b.id)), name, shanghaiDate(clock.now()))] : [];
  };
  /** The item sheets and the names they (and the workbook's title) need, read once per export; rows name their campaign, if any has one. */
  const itemSheets = async (tenant: TenantCode, list: Rectification[]) => {
    const [name, campaigns] = await Promise.all([
      organisationNamesOf(db, tableName, tenant, enterprisesOf(list)),
      list.some((i) => i.campaignId) ? campaignStore(db, tableName).list(tenant) : Promise.resolve([]),
    ]);
    const title = new Map(campaigns.map((c) => [c.id, c.title]));
    const campaignOf = campaigns.length ? (id: string | undefined) => (id ? (title.get(id) ?? id) : '') : undefined;
    return { name, sheets: itemTables(byAssignment(list), name, campaignOf) };
  };

  /** A report's tables and the bureau its workbook is printed under. */
  const tablesOf = async (tenant: TenantCode, report: ReportName, period: Period, scope: Scope): Promise<{ tables: Table[]; bureau: string }> => {
    switch (report) {
      case 'rectifications': {
        const [figures, list] = await Promise.all([reports.rectifications(tenant, period, scope), behind.rectifications(tenant, period, scope)]);
        const { name, sheets } = await itemSheets(tenant, list);
        const campaigns = scope.all ? await campaignSheets(tenant, period, name) : [];
        return { tables: [...rectificationTables(figures), ...campaigns, ...sheets], bureau: name.bureau };
      }
      case 'inspections': {
        const [figures, list] = await Promise.all([reports.inspections(tenant, period, scope), behind.inspections(tenant, period, scope)]);
        const { name, sheets } = await itemSheets(tenant, list);
        return { tables: [...inspectionTables(figures), ...sheets], bureau: name.bureau };
      }
      case 'checklists': {
        const year = Number(period.from.slice(0, 4));
        const [figures, list] = await Promise.all([reports.checklists(tenant, year), behind.checklists(tenant, year)]);
        const { name, sheets } = await itemSheets(tenant, list);
        return { tables: [...checklistTables(figures), ...sheets], bureau: name.bureau };
      }
    }
  };

  return {
    tablesOf,
    /** The quarterly report: the quarter's rectifications and inspections, the year's checklists so far, and every item behind them. */
    quarterly: async (tenant: TenantCode, quarter: Period) => {
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
      const { name, sheets } = await itemSheets(tenant, [...unique.values()]);
      const tables: Table[] = [
        ...rectificationTables(rectifications),
        ...(await campaignSheets(tenant, quarter, name)),
        ...inspectionTables(inspections),
        ...checklistTables(checklists),
        ...sheets,
      ];
      return { tables, bureau: name.bureau, rectifications, inspections, checklists };
    },
  };
};
