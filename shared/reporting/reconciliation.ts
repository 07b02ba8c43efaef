import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TenantCode } from '../tenancy/tenant.ts';
import { aggregateStore } from './aggregate-store.ts';
import { type Family, histogramTallies, sumTallies } from './contributions.ts';
import type { Period } from './period.ts';
import { counterRanges, keysInside, sourceSubjects } from './source-facts.ts';

export type Difference = { family: Family; row: string; figure: string; expected: number; actual: number };
export type Reconciliation = { tenant: TenantCode; period: string; figuresCompared: number; differences: Difference[] };

export const families: Family[] = ['rectifications', 'inspections', 'checklists'];

/**
 * Recomputes a tenant's aggregates for a period from the source records (items, submissions, filings,
 * ratings, refused plans) with the same contribution rules, and compares them with the counters the
 * events built. Any difference means an event was lost or counted wrongly; none is the normal answer.
 */
export const reconcile = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, period: Period): Promise<Reconciliation> => {
  const contributions = (await sourceSubjects(db, tableName, tenant, period)).map((s) => s.contributions(s.fact));
  const inside = keysInside(period);
  // Histograms count members across all their occurrences, so they are built from every membership at once.
  const allMemberships = contributions.flatMap((c) => c.memberships);
  const expected = sumTallies([...contributions.flatMap((c) => c.tallies), ...histogramTallies(allMemberships)].filter((t) => inside.has(t.period)));

  const aggregates = aggregateStore(db, tableName);
  const rows = (await Promise.all(families.flatMap((family) => counterRanges(period).map(([from, to]) => aggregates.counters(tenant, family, from, to))))).flat();
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
