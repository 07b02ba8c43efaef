import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { operation } from '../http/operation.ts';
import { csvType, xlsxType } from './media-types.ts';
import { PeriodRange } from './period.ts';

export const reportNames = ['checklists', 'inspections', 'rectifications'] as const;

const share = z.number().min(0).max(1).nullable().describe('a share between 0 and 1, null when there is nothing to divide by');
const count = z.number().int().min(0);
const PeriodLabel = z.object({ from: CalendarDate, to: CalendarDate, label: z.string() });

const RectificationFigures = z.object({
  opened: count,
  cancelled: count,
  closed: count,
  closedOnTime: count,
  closedOnTimeShare: share,
  openNow: count,
  overdueNow: count,
  escalated: count,
  workingDaysToClose: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
});
export const RectificationReport = z
  .object({
    period: PeriodLabel,
    totals: RectificationFigures,
    byOrganisation: z.array(RectificationFigures.extend({ organisation: z.string(), organisationName: z.string() })),
    bySource: z.array(RectificationFigures.extend({ source: z.string() })),
    byCampaign: z.array(RectificationFigures.extend({ campaign: z.string(), campaignTitle: z.string() })).meta({ description: 'the items of each campaign (整改专项) among those above' }),
  })
  .meta({ id: 'RectificationReport' });

/** Agencies see only how many ratings and, from five on, their average; supervisors see complaints too. */
const RatingFigures = z.object({
  count,
  average: z.number().nullable(),
  withComplaints: count.optional(),
  complaints: z.record(z.string(), count).optional(),
});
const InspectionFigures = z.object({
  filings: count,
  codeless: count,
  codelessLate: count,
  joint: count,
  jointShare: share,
  resultsFiled: count,
  resultsOnTime: count,
  resultsOnTimeShare: share,
  ordersToCorrect: count,
  rejections: count,
  ratings: RatingFigures,
});
export const InspectionReport = z
  .object({
    period: PeriodLabel,
    totals: InspectionFigures,
    byAgency: z.array(InspectionFigures.extend({ agency: z.string(), agencyName: z.string() })),
    filingsByAgencyAndMonth: z.array(z.object({ agency: z.string(), agencyName: z.string(), month: z.string(), filings: count })),
    inspectionsPerEnterprise: z.object({ enterprises: count, maximum: count, distribution: z.array(z.object({ inspections: count, enterprises: count })) }),
    rejectionsByReason: z.array(z.object({ reason: z.string(), count })),
  })
  .meta({ id: 'InspectionReport' });

export const ChecklistReport = z
  .object({
    year: z.number().int(),
    kinds: z.array(
      z.object({
        kind: z.string(),
        kindName: z.string().meta({ description: 'the title of a template of this kind' }),
        subjectsAssessed: count,
        subjectsMeetingStandard: count,
        shareMeetingStandard: share,
        target: z.number().nullable(),
        reachesTarget: z.boolean().nullable(),
        assessmentsAccepted: count,
        assessmentsMeetingStandard: count,
        inReview: count,
        returned: count,
        modelCount: count,
        averageScore: z.number().nullable(),
        grades: z.record(z.string(), count),
        mostFailedItems: z.array(z.object({ itemId: z.string(), text: z.string().nullable(), failures: count })),
      }),
    ),
  })
  .meta({ id: 'ChecklistReport' });

export const QuarterlyReport = z.object({ quarter: z.string(), from: CalendarDate, to: CalendarDate, file: z.string(), sizeBytes: count, generatedAt: z.string() });
export type QuarterlyReport = z.infer<typeof QuarterlyReport>;

export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const supervisors = ['admin', 'supervisor', 'inspector'] as const;
/** Who may read which report: agencies their own inspections, offices and agencies their own rectifications. */
export const readers = { checklists: supervisors, inspections: [...supervisors, 'agency'], rectifications: [...supervisors, 'agency', 'office'] } as const;

const ExportFile = z.object({
  file: z.string().regex(new RegExp(`^(${reportNames.join('|')})\\.(xlsx|csv)$`), `must be one of ${reportNames.map((n) => `${n}.xlsx`).join(', ')} (or .csv)`),
});
/** The export's period: `year` for checklists, `from`/`to` (one month, quarter or year) for the others. */
const ExportQuery = z.object({ year: z.string().optional(), from: z.string().optional(), to: z.string().optional() });
const periodNote = '`from` and `to` must span exactly one calendar month, quarter or year.';

export const reportApi = {
  checklists: operation({
    operationId: 'getChecklistReport',
    method: 'GET',
    path: '/v1/reports/checklists',
    tag: '报表',
    summary: '检查评估报表 · Checklist report of a year',
    roles: readers.checklists,
    query: YearQuery,
    responses: { 200: { description: 'per template kind', schema: ChecklistReport } },
  }),
  inspections: operation({
    operationId: 'getInspectionReport',
    method: 'GET',
    path: '/v1/reports/inspections',
    tag: '报表',
    summary: '涉企检查报表 · Enterprise-inspection report of a period',
    description: `${periodNote} An agency sees its own rows, without rating detail.`,
    roles: readers.inspections,
    query: PeriodRange,
    responses: { 200: { description: 'the figures', schema: InspectionReport } },
  }),
  rectifications: operation({
    operationId: 'getRectificationReport',
    method: 'GET',
    path: '/v1/reports/rectifications',
    tag: '报表',
    summary: '整改报表 · Rectification report of a period',
    description: `${periodNote} An office or agency sees its own rows.`,
    roles: readers.rectifications,
    query: PeriodRange,
    responses: { 200: { description: 'the figures', schema: RectificationReport } },
  }),
  quarterly: operation({
    operationId: 'listQuarterlyReports',
    method: 'GET',
    path: '/v1/reports/quarterly',
    tag: '报表',
    summary: '季度报告 · List the quarterly reports generated so far',
    roles: ['admin', 'supervisor'],
    responses: { 200: { description: 'each with its download link', schema: z.object({ reports: z.array(QuarterlyReport.extend({ download: z.string() })) }) } },
  }),
  quarterlyFile: operation({
    operationId: 'downloadQuarterlyReport',
    method: 'GET',
    path: '/v1/reports/quarterly/{file}',
    tag: '报表',
    summary: '下载季度报告 · Download a quarterly report',
    roles: ['admin', 'supervisor'],
    params: z.object({ file: z.string().regex(/^\d{4}-Q[1-4]\.xlsx$/, 'must look like 2026-Q3.xlsx') }),
    responses: { 200: { description: 'the workbook', files: [xlsxType] } },
    refusals: { 404: ['not_found'] },
  }),
  export: operation({
    operationId: 'exportReport',
    method: 'GET',
    path: '/v1/reports/{file}',
    tag: '报表',
    summary: '导出报表 · Export a report as Excel or CSV, with the rectification items behind it',
    description: `\`checklists.xlsx?year=2026\`, \`rectifications.csv?from=2026-10-01&to=2026-12-31\` … ${periodNote}`,
    roles: readers.rectifications,
    params: ExportFile,
    query: ExportQuery,
    responses: { 200: { description: 'the workbook or the CSV (UTF-8 with BOM)', files: [xlsxType, csvType] } },
  }),
};
