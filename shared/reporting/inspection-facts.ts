import type { EventOf } from '../events/catalog.ts';
import type { InspectionFiling } from '../filing/filing.ts';
import { type Contributions, none, type Tally } from './contributions.ts';
import { monthKey, periodKeysOf } from './period.ts';

/**
 * What the inspection report needs of one filing. Each aspect is written once by its own event
 * (filed, cancelled, result, rating, joint) and never changes after, so merging aspects gives the
 * same fact in any arrival order; a refused plan is a fact of its own.
 */
export type InspectionFact = {
  filed?: { agency: string; enterprise: string; plannedOn: string; codeless: boolean; late: boolean };
  cancelled?: boolean;
  result?: { onTime: boolean; orders: number };
  rating?: { score: number; complaints: string[] };
  joint?: boolean;
  rejected?: { agency: string; plannedOn: string; reasonCodes: string[] };
};

/** The conduct questions of a rating whose "no" is a complaint (投诉). */
export const complaintsOf = (r: { showedCertificates: boolean; stayedWithinItems: boolean; askedNothingImproper: boolean }) =>
  [r.showedCertificates ? [] : ['noCertificates'], r.stayedWithinItems ? [] : ['beyondItems'], r.askedNothingImproper ? [] : ['improperRequests']].flat();

type FilingEvent = EventOf<'InspectionFiled' | 'InspectionCancelled' | 'InspectionResultFiled' | 'InspectionRated' | 'JointInspectionFormed' | 'InspectionFilingRejected'>;

/** The facts an event adds to: `filing:<id>` (one or, for a joint inspection, several) or `rejection:<event id>`. */
export const inspectionAspects = (event: FilingEvent): { key: string; aspect: InspectionFact }[] => {
  switch (event.type) {
    case 'InspectionFiled': {
      const p = event.payload;
      return [{ key: `filing:${p.filingId}`, aspect: { filed: { agency: p.agency, enterprise: p.enterprise, plannedOn: p.plannedOn, codeless: p.codeless, late: p.late } } }];
    }
    case 'InspectionCancelled':
      return [{ key: `filing:${event.payload.filingId}`, aspect: { cancelled: true } }];
    case 'InspectionResultFiled':
      return [{ key: `filing:${event.payload.filingId}`, aspect: { result: { onTime: event.payload.onTime, orders: event.payload.orders.length } } }];
    case 'InspectionRated':
      return [{ key: `filing:${event.payload.filingId}`, aspect: { rating: { score: event.payload.score, complaints: complaintsOf(event.payload) } } }];
    case 'JointInspectionFormed':
      return event.payload.filingIds.map((id) => ({ key: `filing:${id}`, aspect: { joint: true } }));
    case 'InspectionFilingRejected': {
      const p = event.payload;
      return [{ key: `rejection:${event.id}`, aspect: { rejected: { agency: p.agency, plannedOn: p.plannedOn, reasonCodes: p.reasonCodes } } }];
    }
  }
};

/** Adds the aspects not yet known; undefined when nothing is new (a duplicate). */
export const mergeInspection = (old: InspectionFact | undefined, aspect: InspectionFact): InspectionFact | undefined => {
  const added = Object.fromEntries(Object.entries(aspect).filter(([name]) => old?.[name as keyof InspectionFact] === undefined));
  return Object.keys(added).length ? { ...old, ...added } : undefined;
};

export const inspectionFactOfFiling = (f: InspectionFiling, rating: { score: number; showedCertificates: boolean; stayedWithinItems: boolean; askedNothingImproper: boolean } | undefined): InspectionFact => ({
  filed: { agency: f.agency, enterprise: f.enterprise.creditCode, plannedOn: f.plannedOn, codeless: f.codeless !== undefined, late: f.codeless?.late ?? false },
  ...(f.status === 'cancelled' ? { cancelled: true } : {}),
  ...(f.result ? { result: { onTime: f.result.onTime, orders: f.result.orders.length } } : {}),
  ...(rating ? { rating: { score: rating.score, complaints: complaintsOf(rating) } } : {}),
  ...(f.joint ? { joint: true } : {}),
});

/**
 * Per agency and month of the planned date: filings, codeless and late ones, joint, results filed
 * and on time, orders to correct, ratings and complaints; refused plans by reason. Inspections per
 * enterprise are a distribution per month, quarter and year, tenant-wide and per agency.
 */
export const inspectionContributions = (fact: InspectionFact | undefined): Contributions => {
  if (fact?.rejected) {
    const r = fact.rejected;
    const counts = { rejections: 1, ...Object.fromEntries(r.reasonCodes.map((code) => [`rejected:${code}`, 1])) };
    return { tallies: [{ family: 'inspections', period: monthKey(r.plannedOn), dimension: { agency: r.agency }, counts }], memberships: [] };
  }
  if (!fact?.filed || fact.cancelled) return none;
  const { agency, enterprise, plannedOn, codeless, late } = fact.filed;
  const complaints = fact.rating?.complaints ?? [];
  const tally: Tally = {
    family: 'inspections',
    period: monthKey(plannedOn),
    dimension: { agency },
    counts: {
      filings: 1,
      codeless: codeless ? 1 : 0,
      codelessLate: late ? 1 : 0,
      joint: fact.joint ? 1 : 0,
      resultsFiled: fact.result ? 1 : 0,
      resultsOnTime: fact.result?.onTime ? 1 : 0,
      ordersToCorrect: fact.result?.orders ?? 0,
      ratings: fact.rating ? 1 : 0,
      ratingSum: fact.rating?.score ?? 0,
      ratingsWithComplaints: complaints.length ? 1 : 0,
      ...Object.fromEntries(complaints.map((c) => [`complaint:${c}`, 1])),
    },
  };
  const memberships = periodKeysOf(plannedOn).flatMap((period) =>
    ([{}, { agency }] as Record<string, string>[]).map((dimension) => ({ family: 'inspections' as const, period, dimension, name: 'inspections', member: enterprise })),
  );
  return { tallies: [tally], memberships };
};
