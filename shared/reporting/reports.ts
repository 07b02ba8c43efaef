import type { YearlyTarget } from '../checklist/targets.ts';
import type { CounterRow } from './aggregate-store.ts';
import type { Period } from './period.ts';

/**
 * The three reports, built from counter rows alone (pure: the figures never come from listing records).
 * `Scope` is what the caller may see: the whole tenant, or one organisation's own rows.
 */
export type Scope = { all: true } | { all: false; organisation: string };

type Counts = Record<string, number>;
const sum = (rows: readonly { counts: Counts }[]): Counts => {
  const total: Counts = {};
  for (const row of rows) for (const [name, n] of Object.entries(row.counts)) total[name] = Math.round(((total[name] ?? 0) + n) * 1e6) / 1e6;
  return total;
};
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);
const mean = (total: number, n: number) => (n ? Math.round((total / n) * 100) / 100 : null);
const groupBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
};
/** `{ 'closeDays:3': 2, … }` → [[3, 2], …] for one prefix. */
const histogram = (counts: Counts, prefix: string) =>
  Object.entries(counts)
    .filter(([name, n]) => name.startsWith(`${prefix}:`) && n > 0)
    .map(([name, n]) => [Number(name.slice(prefix.length + 1)), n] as const)
    .sort(([a], [b]) => a - b);
const withPrefix = (counts: Counts, prefix: string) =>
  Object.fromEntries(Object.entries(counts).filter(([name, n]) => name.startsWith(`${prefix}:`) && n > 0).map(([name, n]) => [name.slice(prefix.length + 1), n]));

/** The value at 1-based rank `rank` of the values a histogram describes. */
const valueAtRank = (buckets: readonly (readonly [number, number])[], rank: number) => {
  let seen = 0;
  for (const [value, n] of buckets) if ((seen += n) >= rank) return value;
  return null;
};
/** Median (mean of the two middle values when their number is even) and 90th percentile (nearest rank). */
export const medianAndP90 = (buckets: readonly (readonly [number, number])[]) => {
  const n = buckets.reduce((total, [, count]) => total + count, 0);
  if (!n) return { median: null, p90: null };
  const median = n % 2 ? valueAtRank(buckets, (n + 1) / 2)! : (valueAtRank(buckets, n / 2)! + valueAtRank(buckets, n / 2 + 1)!) / 2;
  return { median, p90: valueAtRank(buckets, Math.ceil(0.9 * n)) };
};

// ——— Rectifications (整改) ———

const rectificationFigures = (c: Counts) => ({
  opened: c.opened ?? 0,
  cancelled: c.cancelled ?? 0,
  closed: c.closed ?? 0,
  closedOnTime: c.closedOnTime ?? 0,
  closedOnTimeShare: share(c.closedOnTime ?? 0, c.closed ?? 0),
  openNow: c.openNow ?? 0,
  overdueNow: c.overdueNow ?? 0,
  escalated: c.escalated ?? 0,
  workingDaysToClose: medianAndP90(histogram(c, 'closeDays')),
});
export type RectificationFigures = ReturnType<typeof rectificationFigures>;

/** Whose rows an organisation sees: its own items and the enterprises' items it follows up. */
const ownRectificationRow = (scope: Scope, organisation: string) => scope.all || organisation === scope.organisation || organisation === `enterprises:${scope.organisation}`;

export const rectificationReport = (rows: readonly CounterRow[], period: Period, scope: Scope) => {
  const visible = rows.filter((r) => ownRectificationRow(scope, r.dimension.organisation!));
  return {
    period: { from: period.from, to: period.to, label: period.label },
    totals: rectificationFigures(sum(visible)),
    byOrganisation: groupBy(visible, (r) => r.dimension.organisation!).map(([organisation, group]) => ({ organisation, ...rectificationFigures(sum(group)) })),
    bySource: groupBy(visible, (r) => r.dimension.source!).map(([source, group]) => ({ source, ...rectificationFigures(sum(group)) })),
    byCampaign: groupBy(
      visible.filter((r) => r.dimension.campaign),
      (r) => r.dimension.campaign!,
    ).map(([campaign, group]) => ({ campaign, ...rectificationFigures(sum(group)) })),
  };
};

// ——— Enterprise inspections (涉企行政检查) ———

/** Below this many ratings an average could point at one enterprise's rating: an agency sees none. */
export const minimumRatingsForAgencies = 5;

const ratingFigures = (c: Counts, detailed: boolean) => {
  const count = c.ratings ?? 0;
  if (!detailed) return { count, average: count >= minimumRatingsForAgencies ? mean(c.ratingSum ?? 0, count) : null };
  return { count, average: mean(c.ratingSum ?? 0, count), withComplaints: c.ratingsWithComplaints ?? 0, complaints: withPrefix(c, 'complaint') };
};

const inspectionFigures = (c: Counts, detailedRatings: boolean) => ({
  filings: c.filings ?? 0,
  codeless: c.codeless ?? 0,
  codelessLate: c.codelessLate ?? 0,
  joint: c.joint ?? 0,
  jointShare: share(c.joint ?? 0, c.filings ?? 0),
  resultsFiled: c.resultsFiled ?? 0,
  resultsOnTime: c.resultsOnTime ?? 0,
  resultsOnTimeShare: share(c.resultsOnTime ?? 0, c.resultsFiled ?? 0),
  ordersToCorrect: c.ordersToCorrect ?? 0,
  rejections: c.rejections ?? 0,
  ratings: ratingFigures(c, detailedRatings),
});

/**
 * `monthRows`: the per-agency month rows of the period; `distributionRows`: the inspections-per-enterprise
 * histogram rows kept for the period itself (tenant-wide without dimension, per agency with one).
 */
export const inspectionReport = (monthRows: readonly CounterRow[], distributionRows: readonly CounterRow[], period: Period, scope: Scope) => {
  // Month rows without an agency hold only the tenant-wide distribution of that month.
  const visible = monthRows.filter((r) => r.dimension.agency !== undefined && (scope.all || r.dimension.agency === scope.organisation));
  const distributionRow = distributionRows.filter((r) => (scope.all ? r.dimension.agency === undefined : r.dimension.agency === scope.organisation));
  const buckets = histogram(sum(distributionRow), 'inspections');
  const totals = sum(visible);
  return {
    period: { from: period.from, to: period.to, label: period.label },
    totals: inspectionFigures(totals, scope.all),
    byAgency: groupBy(visible, (r) => r.dimension.agency!).map(([agency, group]) => ({ agency, ...inspectionFigures(sum(group), scope.all) })),
    filingsByAgencyAndMonth: visible
      .filter((r) => r.counts.filings)
      .map((r) => ({ agency: r.dimension.agency!, month: r.period.slice(1), filings: r.counts.filings! }))
      .sort((a, b) => a.agency.localeCompare(b.agency) || a.month.localeCompare(b.month)),
    inspectionsPerEnterprise: {
      enterprises: buckets.reduce((n, [, count]) => n + count, 0),
      maximum: buckets.at(-1)?.[0] ?? 0,
      distribution: buckets.map(([inspections, enterprises]) => ({ inspections, enterprises })),
    },
    rejectionsByReason: Object.entries(withPrefix(totals, 'rejected'))
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
};

// ——— Checklists (检查评估) ———

export const mostFailedItemsShown = 10;

export const checklistReport = (rows: readonly CounterRow[], targets: readonly YearlyTarget[], year: number) => ({
  year,
  kinds: groupBy(rows, (r) => r.dimension.kind!).map(([kind, group]) => {
    const c = sum(group);
    const labels = Object.assign({}, ...group.map((r) => r.labels)) as Record<string, string>;
    const subjects = histogram(c, 'subjects').reduce((n, [, count]) => n + count, 0);
    const meeting = histogram(c, 'subjectsMeetingStandard').reduce((n, [, count]) => n + count, 0);
    const target = targets.find((t) => t.kind === kind && t.year === year);
    const shareMeeting = share(meeting, subjects);
    return {
      kind,
      subjectsAssessed: subjects,
      subjectsMeetingStandard: meeting,
      shareMeetingStandard: shareMeeting,
      target: target ? target.share : null,
      reachesTarget: target && shareMeeting !== null ? shareMeeting >= target.share : null,
      assessmentsAccepted: c.accepted ?? 0,
      assessmentsMeetingStandard: c.meetsStandard ?? 0,
      inReview: c.inReview ?? 0,
      returned: c.returned ?? 0,
      modelCount: c.model ?? 0,
      averageScore: mean(c.scoreSum ?? 0, c.accepted ?? 0),
      grades: withPrefix(c, 'grade'),
      mostFailedItems: Object.entries(withPrefix(c, 'failed'))
        .map(([itemId, failures]) => ({ itemId, text: labels[`failed:${itemId}`] ?? null, failures }))
        .sort((a, b) => b.failures - a.failures || a.itemId.localeCompare(b.itemId))
        .slice(0, mostFailedItemsShown),
    };
  }),
});

export type RectificationReport = ReturnType<typeof rectificationReport>;
export type InspectionReport = ReturnType<typeof inspectionReport>;
export type ChecklistReport = ReturnType<typeof checklistReport>;
