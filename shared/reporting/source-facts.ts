import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { calendarStore } from '../calendar/calendar-store.ts';
import { submissionStore } from '../checklist/submission-store.ts';
import { templateStore } from '../checklist/template-store.ts';
import { itemsOf } from '../checklist/template.ts';
import { filingStore } from '../filing/filing-store.ts';
import type { InspectionFiling } from '../filing/filing.ts';
import { rectificationStore } from '../rectification/store.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { checklistContributions, checklistFactOfSubmission } from './checklist-facts.ts';
import type { Contributions } from './contributions.ts';
import { type InspectionFact, inspectionContributions, inspectionFactOfFiling } from './inspection-facts.ts';
import { monthsOf, type Period, quarterPeriod } from './period.ts';
import { rectificationContributions, rectificationFactOfItem } from './rectification-facts.ts';

/**
 * One report subject as the source records say it is: the fact its events should have left under
 * `key`, what it counts, and how to repair a stored fact towards it without undoing a newer event.
 */
export type SourceSubject = {
  key: string;
  fact: unknown;
  contributions: (fact: unknown) => Contributions;
  /** The fact to store instead of `stored`, or undefined when `stored` is right (or newer). */
  repair: (stored: unknown) => unknown;
};

/** Facts compare as stored: DynamoDB keeps no undefined attributes. */
export const sameFact = (a: unknown, b: unknown) => isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));

/** Versioned facts (items, submissions): the source replaces an older or different fact of the same version. */
const versioned = <F extends { version: number }>(key: string, fact: F, contributions: (f: F | undefined) => Contributions): SourceSubject => ({
  key,
  fact,
  contributions: contributions as (f: unknown) => Contributions,
  repair: (stored) => ((stored as F | undefined) && (stored as F).version > fact.version) || sameFact(stored, fact) ? undefined : fact,
});

/** Inspection facts are aspects written once: the source's aspects are added to (or correct) the stored ones. */
const aspects = (key: string, fact: InspectionFact): SourceSubject => ({
  key,
  fact,
  contributions: inspectionContributions as (f: unknown) => Contributions,
  repair: (stored) => {
    const next = { ...(stored as InspectionFact | undefined), ...fact };
    return sameFact(stored, next) ? undefined : next;
  },
});

/** The period keys inside a period: its months, its quarters (of a year) and itself. */
export const keysInside = (period: Period) =>
  new Set([...monthsOf(period), ...(period.kind === 'year' ? [1, 2, 3, 4].map((q) => quarterPeriod(Number(period.from.slice(0, 4)), q).key) : []), period.key]);

/** Sort-key ranges of a year's counter rows: months, quarters, the year. */
export const counterRanges = (period: Period) => {
  const year = period.from.slice(0, 4);
  return [
    [`${monthsOf(period)[0]}#`, `${monthsOf(period).at(-1)}#~`],
    [`Q${year}-`, `Q${year}-~`],
    [`Y${year}#`, `Y${year}#~`],
  ] as const;
};

/**
 * Every subject that counts in a tenant's period, from the source records (items, submissions, filings,
 * ratings, refused plans), with the same fact rules the events use.
 */
export const sourceSubjects = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, period: Period): Promise<SourceSubject[]> => {
  const year = Number(period.from.slice(0, 4));
  const [calendar, items, submissions, filingRows, ratingRows, rejectionRows] = await Promise.all([
    calendarStore(db, tableName).calendarOf(tenant),
    rectificationStore(db, tableName).all(tenant),
    period.kind === 'year' ? submissionStore(db, tableName).ofYear(tenant, year) : Promise.resolve([]),
    filingStore(db, tableName).plannedBetween(tenant, 'ALL', period.from, period.to),
    filingStore(db, tableName).plannedBetween(tenant, 'RATINGS', period.from, period.to),
    filingStore(db, tableName).plannedBetween(tenant, 'REJECTIONS', period.from, period.to),
  ]);
  // The accept event names failed items with their text: read it from each template version used.
  const versions = [...new Set(submissions.map((s) => JSON.stringify([s.template.id, s.template.version])))].map((v) => JSON.parse(v) as [string, number]);
  const texts = new Map<string, string>();
  for (const [id, version] of versions) {
    const content = (await templateStore(db, tableName).version(tenant, id, version))?.content;
    for (const { item } of content ? itemsOf(content) : []) texts.set(`${id}#${version}#${item.id}`, item.text);
  }
  const ratings = new Map(ratingRows.map((row) => [(row.pk as string).split('#').at(-1)!, row.rating as Parameters<typeof inspectionFactOfFiling>[1]]));
  return [
    ...items.map((item) => versioned(`rectification:${item.id}`, rectificationFactOfItem(item, calendar), rectificationContributions)),
    ...submissions.map((s) =>
      versioned(`submission:${s.id}`, checklistFactOfSubmission(s, (item) => texts.get(`${s.template.id}#${s.template.version}#${item}`)), checklistContributions),
    ),
    ...filingRows.map((row) => row.filing as InspectionFiling).map((f) => aspects(`filing:${f.id}`, inspectionFactOfFiling(f, ratings.get(f.id)))),
    ...rejectionRows
      .map((row) => row.rejection as { id: string; agency: string; plannedOn: string; reasonCodes: string[] })
      .map((r) => aspects(`rejection:${r.id}`, { rejected: { agency: r.agency, plannedOn: r.plannedOn, reasonCodes: r.reasonCodes } })),
  ];
};
