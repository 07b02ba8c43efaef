import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { calendarStore } from '../calendar/calendar-store.ts';
import { submissionStore } from '../checklist/submission-store.ts';
import { filingStore } from '../filing/filing-store.ts';
import type { InspectionFiling } from '../filing/filing.ts';
import { rectificationStore } from '../rectification/store.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { aggregateStore } from './aggregate-store.ts';
import { checklistContributions, checklistFactOfSubmission } from './checklist-facts.ts';
import { type Contributions, type Family, histogramTallies, sumTallies } from './contributions.ts';
import { inspectionContributions, inspectionFactOfFiling } from './inspection-facts.ts';
import { monthsOf, type Period, quarterPeriod } from './period.ts';
import { rectificationContributions, rectificationFactOfItem } from './rectification-facts.ts';

export type Difference = { family: Family; row: string; figure: string; expected: number; actual: number };
export type Reconciliation = { tenant: TenantCode; period: string; figuresCompared: number; differences: Difference[] };

/** The period keys inside a period: its months, its quarters (of a year) and itself. */
const keysInside = (period: Period) =>
  new Set([...monthsOf(period), ...(period.kind === 'year' ? [1, 2, 3, 4].map((q) => quarterPeriod(Number(period.from.slice(0, 4)), q).key) : []), period.key]);

/**
 * Recomputes a tenant's aggregates for a period from the source records (items, submissions, filings,
 * ratings, refused plans) with the same contribution rules, and compares them with the counters the
 * events built. Any difference means an event was lost or counted wrongly; none is the normal answer.
 */
export const reconcile = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, period: Period): Promise<Reconciliation> => {
  const year = Number(period.from.slice(0, 4));
  const [calendar, items, submissions, filingRows, ratingRows, rejectionRows] = await Promise.all([
    calendarStore(db, tableName).calendarOf(tenant),
    rectificationStore(db, tableName).all(tenant),
    period.kind === 'year' ? submissionStore(db, tableName).ofYear(tenant, year) : Promise.resolve([]),
    filingStore(db, tableName).plannedBetween(tenant, 'ALL', period.from, period.to),
    filingStore(db, tableName).plannedBetween(tenant, 'RATINGS', period.from, period.to),
    filingStore(db, tableName).plannedBetween(tenant, 'REJECTIONS', period.from, period.to),
  ]);
  const ratings = new Map(ratingRows.map((row) => [(row.pk as string).split('#').at(-1)!, row.rating as Parameters<typeof inspectionFactOfFiling>[1]]));
  const contributions: Contributions[] = [
    ...items.map((item) => rectificationContributions(rectificationFactOfItem(item, calendar))),
    ...submissions.map((s) => checklistContributions(checklistFactOfSubmission(s))),
    ...filingRows.map((row) => row.filing as InspectionFiling).map((f) => inspectionContributions(inspectionFactOfFiling(f, ratings.get(f.id)))),
    ...rejectionRows.map((row) => row.rejection as { agency: string; plannedOn: string; reasonCodes: string[] }).map((r) => inspectionContributions({ rejected: r })),
  ];
  const inside = keysInside(period);
  // Histograms count members across all their occurrences, so they are built from every membership at once.
  const allMemberships = contributions.flatMap((c) => c.memberships);
  const expected = sumTallies([...contributions.flatMap((c) => c.tallies), ...histogramTallies(allMemberships)].filter((t) => inside.has(t.period)));

  const aggregates = aggregateStore(db, tableName);
  const ranges = [
    [`${monthsOf(period)[0]}#`, `${monthsOf(period).at(-1)}#~`],
    [`Q${year}-`, `Q${year}-~`],
    [`Y${year}#`, `Y${year}#~`],
  ] as const;
  const families: Family[] = ['rectifications', 'inspections', 'checklists'];
  const rows = (await Promise.all(families.flatMap((family) => ranges.map(([from, to]) => aggregates.counters(tenant, family, from, to))))).flat();
  const actual = sumTallies(rows.filter((row) => inside.has(row.period)));

  const figures = new Set([...expected.keys(), ...actual.keys()]);
  const differences: Difference[] = [];
  for (const key of figures) {
    const [e, a] = [expected.get(key) ?? 0, actual.get(key) ?? 0];
    if (Math.abs(e - a) > 1e-6) {
      const [family, ...rest] = key.split('#');
      const figure = rest.pop()!;
      differences.push({ family: family as Family, row: rest.join('#'), figure, expected: e, actual: a });
    }
  }
  return { tenant, period: period.key, figuresCompared: figures.size, differences };
};
