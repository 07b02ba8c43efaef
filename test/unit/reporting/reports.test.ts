import { describe, expect, it } from 'vitest';
import type { CounterRow } from '#shared/reporting/aggregate-store.ts';
import { monthsOf, PeriodRange, periodBetween, previousQuarter, quarterName } from '#shared/reporting/period.ts';
import { inspectionReport, medianAndP90, rectificationReport } from '#shared/reporting/reports.ts';
import { csvOf } from '#shared/reporting/workbook.ts';

const row = (family: CounterRow['family'], period: string, dimension: Record<string, string>, counts: Record<string, number>): CounterRow => ({ family, period, dimension, counts, labels: {} });

describe('report periods', () => {
  it('accepts a whole month, quarter or year and nothing else', () => {
    expect(periodBetween('2026-02-01', '2026-02-28')).toMatchObject({ kind: 'month', key: 'M2026-02', label: '2026年2月' });
    expect(periodBetween('2024-02-01', '2024-02-29')).toMatchObject({ kind: 'month' });
    expect(periodBetween('2026-07-01', '2026-09-30')).toMatchObject({ kind: 'quarter', key: 'Q2026-3', label: '2026年第3季度' });
    expect(periodBetween('2026-01-01', '2026-12-31')).toMatchObject({ kind: 'year', key: 'Y2026' });
    expect(periodBetween('2026-01-01', '2026-01-30')).toBeUndefined();
    expect(periodBetween('2026-02-01', '2026-03-31')).toBeUndefined();
    expect(PeriodRange.safeParse({ from: '2026-01-05', to: '2026-02-10' }).error?.issues[0]).toMatchObject({ path: ['to'] });
    expect(monthsOf(periodBetween('2026-07-01', '2026-09-30')!)).toEqual(['M2026-07', 'M2026-08', 'M2026-09']);
  });

  it('names the quarter a quarterly report covers', () => {
    expect(quarterName(previousQuarter('2027-01-04'))).toBe('2026-Q4');
    expect(quarterName(previousQuarter('2026-10-09'))).toBe('2026-Q3');
  });
});

describe('report figures from counter rows', () => {
  it('takes median and 90th percentile from a histogram of working days', () => {
    expect(medianAndP90([])).toEqual({ median: null, p90: null });
    expect(medianAndP90([[4, 1]])).toEqual({ median: 4, p90: 4 });
    expect(medianAndP90([[1, 1], [2, 1]])).toEqual({ median: 1.5, p90: 2 });
    // 1..10 once each: median 5.5, nearest-rank 90th percentile is the 9th value.
    expect(medianAndP90(Array.from({ length: 10 }, (_, i) => [i + 1, 1] as const))).toEqual({ median: 5.5, p90: 9 });
    expect(medianAndP90([[0, 7], [30, 3]])).toEqual({ median: 0, p90: 30 });
  });

  it('sums months and shards, and shows an agency its own rows and the enterprises it follows up', () => {
    const period = periodBetween('2026-07-01', '2026-09-30')!;
    const rows = [
      row('rectifications', 'M2026-07', { organisation: 'office-aoyang', source: 'manual' }, { opened: 2, closed: 1, closedOnTime: 1, 'closeDays:3': 1 }),
      row('rectifications', 'M2026-08', { organisation: 'office-aoyang', source: 'checklist' }, { opened: 1, closed: 1, 'closeDays:9': 1 }),
      row('rectifications', 'M2026-08', { organisation: 'enterprises:agency-market', source: 'inspection' }, { opened: 4, overdueNow: 1, openNow: 4 }),
    ];
    const all = rectificationReport(rows, period, { all: true });
    expect(all.totals).toMatchObject({ opened: 7, closed: 2, closedOnTime: 1, closedOnTimeShare: 0.5, overdueNow: 1, workingDaysToClose: { median: 6, p90: 9 } });
    expect(all.byOrganisation.map((r) => r.organisation)).toEqual(['enterprises:agency-market', 'office-aoyang']);
    const market = rectificationReport(rows, period, { all: false, organisation: 'agency-market' });
    expect(market.totals).toMatchObject({ opened: 4, closed: 0 });
    expect(market.byOrganisation.map((r) => r.organisation)).toEqual(['enterprises:agency-market']);
  });

  it('hides rating details from an agency and its average below five ratings', () => {
    const period = periodBetween('2026-09-01', '2026-09-30')!;
    const rows = (ratings: number) => [row('inspections', 'M2026-09', { agency: 'agency-market' }, { filings: 6, ratings, ratingSum: ratings * 4, ratingsWithComplaints: 1, 'complaint:beyondItems': 1 })];
    expect(inspectionReport(rows(4), [], period, { all: true }).totals.ratings).toEqual({ count: 4, average: 4, withComplaints: 1, complaints: { beyondItems: 1 } });
    expect(inspectionReport(rows(4), [], period, { all: false, organisation: 'agency-market' }).totals.ratings).toEqual({ count: 4, average: null });
    expect(inspectionReport(rows(5), [], period, { all: false, organisation: 'agency-market' }).totals.ratings).toEqual({ count: 5, average: 4 });
    expect(inspectionReport(rows(5), [], period, { all: false, organisation: 'agency-health' }).byAgency).toEqual([]);
  });
});

describe('csv export', () => {
  it('starts with a byte order mark, quotes what needs quoting and keeps formulas as text', () => {
    const csv = csvOf([{ title: '表', columns: [{ header: '问题', key: 'title' }, { header: '数', key: 'n' }], rows: [{ title: '=HYPERLINK("x")', n: -1 }, { title: '含,逗号', n: 2 }] }]).toString('utf8');
    expect(csv).toBe('\uFEFF表\r\n问题,数\r\n"\'=HYPERLINK(""x"")",-1\r\n"含,逗号",2\r\n');
  });

  it('keeps as text every cell OWASP lists as a formula start, also after leading spaces', () => {
    const rows = ['\t=1+1', '\r=1+1', '  =cmd', ' @SUM(A1)', '+1', '-1'].map((title) => ({ title }));
    const lines = csvOf([{ title: '表', columns: [{ header: '问题', key: 'title' }], rows }]).toString('utf8').split('\r\n').slice(2, -1);
    expect(lines.every((line) => line.startsWith("'") || line.startsWith('"\''))).toBe(true);
  });
});
