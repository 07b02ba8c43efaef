import { z } from 'zod';
import { dynamo } from '#shared/adapters/aws.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { reportFiles } from '#shared/adapters/report-files.ts';
import { env } from '#shared/config.ts';
import { requireRole } from '#shared/http/caller.ts';
import { badRequest, fieldsFromZod, notFound } from '#shared/http/errors.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { exportService, reportNames } from '#shared/reporting/exports.ts';
import { PeriodRange, yearPeriod } from '#shared/reporting/period.ts';
import { quarterlyReports, xlsxType } from '#shared/reporting/quarterly.ts';
import { reportService, scopeOf } from '#shared/reporting/report-service.ts';
import { csvOf, xlsxOf } from '#shared/reporting/workbook.ts';

const db = dynamo();
const tableName = env.recordsTable();
const reports = reportService(db, tableName);
const exports = exportService(db, tableName);
const quarterly = () => quarterlyReports({ db, tableName, files: reportFiles(), ids: ulidGenerator });

const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const supervisors = ['admin', 'supervisor', 'inspector'] as const;
/** Who may read which report: agencies their own inspections, offices and agencies their own rectifications. */
const readers = { checklists: supervisors, inspections: [...supervisors, 'agency'], rectifications: [...supervisors, 'agency', 'office'] } as const;

const ExportFile = z.object({
  file: z.string().regex(new RegExp(`^(${reportNames.join('|')})\\.(xlsx|csv)$`), `must be one of ${reportNames.map((n) => `${n}.xlsx`).join(', ')} (or .csv)`),
});
/** The export's period: `year` for checklists, `from`/`to` (one month, quarter or year) for the others. */
const ExportQuery = z.object({ year: z.string().optional(), from: z.string().optional(), to: z.string().optional() });

const routes = [
  {
    method: 'GET',
    path: '/v1/reports/checklists',
    handler: httpRoute({ roles: readers.checklists, query: YearQuery }, async ({ caller, query }) => ({ body: await reports.checklists(caller.tenant, query.year) })),
  },
  {
    method: 'GET',
    path: '/v1/reports/inspections',
    handler: httpRoute({ roles: readers.inspections, query: PeriodRange }, async ({ caller, query }) => ({ body: await reports.inspections(caller.tenant, query, scopeOf(caller)) })),
  },
  {
    method: 'GET',
    path: '/v1/reports/rectifications',
    handler: httpRoute({ roles: readers.rectifications, query: PeriodRange }, async ({ caller, query }) => ({ body: await reports.rectifications(caller.tenant, query, scopeOf(caller)) })),
  },
  {
    method: 'GET',
    path: '/v1/reports/quarterly',
    handler: httpRoute({ roles: ['admin', 'supervisor'] }, async ({ caller }) => ({
      body: { reports: (await quarterly().list(caller.tenant)).map((r) => ({ ...r, download: `/v1/reports/quarterly/${r.quarter}.xlsx` })) },
    })),
  },
  {
    method: 'GET',
    path: '/v1/reports/quarterly/{file}',
    handler: httpRoute({ roles: ['admin', 'supervisor'], params: z.object({ file: z.string().regex(/^\d{4}-Q[1-4]\.xlsx$/, 'must look like 2026-Q3.xlsx') }) }, async ({ caller, params }) => {
      const quarter = params.file.slice(0, 7);
      const found = await quarterly().file(caller.tenant, quarter);
      if (!found) throw notFound(`no quarterly report for ${quarter}`);
      return { file: { bytes: found.bytes, contentType: xlsxType, filename: `${caller.tenant}-${quarter}-季度报告.xlsx` } };
    }),
  },
  {
    method: 'GET',
    path: '/v1/reports/{file}',
    handler: httpRoute({ roles: readers.rectifications, params: ExportFile, query: ExportQuery }, async ({ caller, params, query }) => {
      const [name, format] = params.file.split('.') as [(typeof reportNames)[number], 'xlsx' | 'csv'];
      requireRole(caller, readers[name]);
      const parsed = name === 'checklists' ? YearQuery.transform((q) => yearPeriod(q.year)).safeParse(query) : PeriodRange.safeParse(query);
      if (!parsed.success) throw badRequest('invalid request', fieldsFromZod(parsed.error, 'query'));
      const period = parsed.data;
      const tables = await exports.tablesOf(caller.tenant, name, period, scopeOf(caller));
      const filename = `${caller.tenant}-${name}-${period.key.slice(1)}.${format}`;
      return format === 'xlsx'
        ? { file: { bytes: await xlsxOf(tables, { title: filename, generatedAt: new Date() }), contentType: xlsxType, filename } }
        : { file: { bytes: csvOf(tables), contentType: 'text/csv; charset=utf-8', filename } };
    }),
  },
] as const;

export const handler = httpRouter(routes);
