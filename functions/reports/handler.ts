import { dynamo } from '#shared/adapters/aws.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { objectStore } from '#shared/adapters/object-store.ts';
import { env } from '#shared/config.ts';
import { requireRole } from '#shared/http/caller.ts';
import { badRequest, fieldsFromZod, notFound } from '#shared/http/errors.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { exportService } from '#shared/reporting/exports.ts';
import { PeriodRange, yearPeriod } from '#shared/reporting/period.ts';
import { quarterlyReports } from '#shared/reporting/quarterly.ts';
import { csvType, xlsxType } from '#shared/reporting/media-types.ts';
import { reportApi as api, readers, type reportNames, YearQuery } from '#shared/reporting/report-api.ts';
import { reportService, scopeOf } from '#shared/reporting/report-service.ts';
import { csvOf, xlsxOf } from '#shared/reporting/workbook.ts';

const db = dynamo();
const tableName = env.recordsTable();
const reports = reportService(db, tableName);
const exports = exportService(db, tableName);
const quarterly = () => quarterlyReports({ db, tableName, files: objectStore(env.reportsBucket()), ids: ulidGenerator });

export const handler = httpRouter([
  httpRoute(api.checklists, async ({ caller, query }) => ({ body: await reports.checklists(caller.tenant, query.year) })),
  httpRoute(api.inspections, async ({ caller, query }) => ({ body: await reports.inspections(caller.tenant, query, scopeOf(caller)) })),
  httpRoute(api.rectifications, async ({ caller, query }) => ({ body: await reports.rectifications(caller.tenant, query, scopeOf(caller)) })),
  httpRoute(api.quarterly, async ({ caller }) => ({
    body: { reports: (await quarterly().list(caller.tenant)).map((r) => ({ ...r, download: `/v1/reports/quarterly/${r.quarter}.xlsx` })) },
  })),
  httpRoute(api.quarterlyFile, async ({ caller, params }) => {
    const quarter = params.file.slice(0, 7);
    const found = await quarterly().file(caller.tenant, quarter);
    if (!found) throw notFound(`no quarterly report for ${quarter}`);
    return { file: { bytes: found.bytes, contentType: xlsxType, filename: `${caller.tenant}-${quarter}-季度报告.xlsx` } };
  }),
  httpRoute(api.export, async ({ caller, params, query }) => {
    const [name, format] = params.file.split('.') as [(typeof reportNames)[number], 'xlsx' | 'csv'];
    requireRole(caller, readers[name]);
    const parsed = name === 'checklists' ? YearQuery.transform((q) => yearPeriod(q.year)).safeParse(query) : PeriodRange.safeParse(query);
    if (!parsed.success) throw badRequest('invalid request', fieldsFromZod(parsed.error, 'query'));
    const period = parsed.data;
    const { tables, bureau } = await exports.tablesOf(caller.tenant, name, period, scopeOf(caller));
    const filename = `${caller.tenant}-${name}-${period.key.slice(1)}.${format}`;
    return format === 'xlsx'
      ? { file: { bytes: await xlsxOf(tables, { title: filename, bureau, period: period.label, generatedAt: new Date() }), contentType: xlsxType, filename } }
      : { file: { bytes: csvOf(tables), contentType: csvType, filename } };
  }),
]);
