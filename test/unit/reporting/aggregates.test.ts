import { describe, expect, it } from 'vitest';
import type { FactChange } from '#shared/reporting/aggregate-store.ts';
import { changesOf, type ReportedEvent } from '#shared/reporting/aggregator.ts';
import { type Contributions, difference, histogramTallies, sumTallies } from '#shared/reporting/contributions.ts';

/**
 * The aggregation rule without DynamoDB: a fact per subject, counters moved by the difference of
 * contributions. Whatever the order and however often events arrive, the counters must equal the
 * contributions of the subjects' final states.
 */
const inMemory = () => {
  const facts = new Map<string, unknown>();
  const counters = new Map<string, number>();
  const memberCounts = new Map<string, number>();
  const contributionsOf = new Map<string, FactChange<unknown>['contributions']>();
  const apply = (event: ReportedEvent) => {
    for (const change of changesOf(event)) {
      contributionsOf.set(change.key, change.contributions);
      const old = facts.get(change.key);
      const next = change.merge(old);
      if (next === undefined) continue;
      facts.set(change.key, next);
      const moves = difference(change.contributions(old), change.contributions(next));
      for (const [key, n] of sumTallies(moves.tallies)) counters.set(key, (counters.get(key) ?? 0) + n);
      for (const { membership, delta } of moves.memberships) {
        const key = `${membership.family}#${membership.period}#${membership.name}#${membership.member}#${JSON.stringify(membership.dimension)}`;
        memberCounts.set(key, (memberCounts.get(key) ?? 0) + delta);
      }
    }
  };
  /** Counters as the contributions of the final facts say they should be. */
  const expected = () => {
    const all: Contributions[] = [...facts].map(([key, fact]) => contributionsOf.get(key)!(fact));
    return sumTallies(all.flatMap((c) => c.tallies));
  };
  const nonZero = (map: Map<string, number>) => new Map([...map].filter(([, n]) => Math.abs(n) > 1e-9));
  return { apply, counters: () => nonZero(counters), expected: () => nonZero(expected()), facts, memberCounts };
};

/** A deterministic shuffle, so a failure can be replayed. */
const shuffle = <T>(list: readonly T[], seed: number) => {
  let s = seed;
  return list
    .map((value) => ({ value, key: (s = (s * 16807) % 2147483647) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.value);
};

const envelope = (id: string, type: string, payload: Record<string, unknown>, subjectId = 'x') =>
  ({ id, type, version: 1, tenant: '360923', occurredAt: '2026-09-01T00:00:00Z', actor: { kind: 'system', job: 'test' }, subject: { kind: 'test', id: subjectId }, payload }) as unknown as ReportedEvent;

const rectification = (id: string, type: string, itemVersion: number, extra: Record<string, unknown>) =>
  envelope(`${id}-v${itemVersion}`, type, {
    rectificationId: id,
    responsibleOrganisation: 'office-aoyang',
    sourceKind: 'manual',
    severity: 'major',
    status: 'assigned',
    assignedOn: '2026-09-01',
    deadline: '2026-09-20',
    escalated: false,
    itemVersion,
    everEscalated: false,
    ...extra,
  });

/** assign → escalate → close (in October) → reopen → close again (in November, late). */
const itemLife = (id: string) => [
  rectification(id, 'RectificationAssigned', 1, { sourceId: id }),
  rectification(id, 'RectificationEscalated', 2, { escalated: true, everEscalated: true, reason: 'r', automatic: false }),
  rectification(id, 'RectificationBecameOverdue', 3, { escalated: true, everEscalated: true, overdueSince: '2026-09-21' }),
  rectification(id, 'RectificationClosed', 4, { status: 'closed', everEscalated: true, overdueSince: '2026-09-21', closedOn: '2026-10-09', onTime: false, workingDaysToClose: 23, wasEscalated: true, reopenedCount: 0 }),
  rectification(id, 'RectificationReopened', 5, { status: 'in_progress', everEscalated: true, deadline: '2026-11-30', reason: 'r', reopenedCount: 1 }),
  rectification(id, 'RectificationClosed', 6, { status: 'closed', everEscalated: true, deadline: '2026-11-30', closedOn: '2026-11-10', onTime: true, workingDaysToClose: 48, wasEscalated: false, reopenedCount: 1 }),
];

const filing = (id: string, enterprise: string, agency: string) => {
  const common = { agency, enterprise, plannedOn: '2026-09-15' };
  return [
    envelope(`${id}-filed`, 'InspectionFiled', { ...common, filingId: id, inspectionType: 'routine', itemCodes: ['SP-01'], codeless: false, late: false, jointProposed: false }),
    envelope(`${id}-result`, 'InspectionResultFiled', {
      filingId: id,
      inspectionCode: 'c',
      agency,
      enterprise: { creditCode: enterprise, name: 'n' },
      inspectedOn: '2026-09-15',
      filedOn: '2026-09-16',
      onTime: true,
      findings: [],
      orders: [{ orderId: 'o1', problem: 'p', measure: 'm', deadlineWorkingDays: 5 }],
      penaltyDecisions: [],
    }),
    envelope(`${id}-rated`, 'InspectionRated', { ...common, filingId: id, score: 2, showedCertificates: true, stayedWithinItems: false, askedNothingImproper: true }),
  ];
};

describe('report aggregation rule', () => {
  it('counts an item by its latest version whatever the order, and however often events come', () => {
    const events = [...itemLife('A'), ...itemLife('B').slice(0, 3)];
    const inOrder = inMemory();
    events.forEach(inOrder.apply);
    for (const seed of [1, 2, 3, 42, 4711]) {
      const shuffled = inMemory();
      shuffle([...events, ...events, ...events.slice(2)], seed).forEach(shuffled.apply);
      expect(shuffled.counters()).toEqual(inOrder.counters());
    }
    expect(inOrder.counters()).toEqual(inOrder.expected());
    // A: closed in November after being closed in October and reopened: October counts nothing any more.
    expect(inOrder.counters().get('rectifications#M2026-10#organisation=office-aoyang|source=manual#closed')).toBeUndefined();
    expect(inOrder.counters().get('rectifications#M2026-11#organisation=office-aoyang|source=manual#closed')).toBe(1);
    expect(inOrder.counters().get('rectifications#M2026-11#organisation=office-aoyang|source=manual#closeDays:48')).toBe(1);
    expect(inOrder.counters().get('rectifications#M2026-09#organisation=office-aoyang|source=manual#opened')).toBe(2);
    expect(inOrder.counters().get('rectifications#M2026-09#organisation=office-aoyang|source=manual#escalated')).toBe(2);
    // B is open and overdue; A was overdue but is closed.
    expect(inOrder.counters().get('rectifications#M2026-09#organisation=office-aoyang|source=manual#overdueNow')).toBe(1);
  });

  it('merges filing aspects in any order; a cancellation takes the filing out of every figure', () => {
    const events = [...filing('F1', 'E1', 'agency-market'), ...filing('F2', 'E1', 'agency-health')];
    const joint = envelope('joint', 'JointInspectionFormed', { jointInspectionId: 'J', enterprise: 'E1', visitOn: '2026-09-15', filingIds: ['F1', 'F2'], agencies: ['agency-market', 'agency-health'] });
    const cancelF2 = envelope('F2-cancel', 'InspectionCancelled', { agency: 'agency-health', enterprise: 'E1', plannedOn: '2026-09-15', filingId: 'F2', reason: 'r' });
    const all = [...events, joint, cancelF2];
    const reference = inMemory();
    all.forEach(reference.apply);
    for (const seed of [5, 6, 7]) {
      const other = inMemory();
      shuffle([...all, ...all], seed).forEach(other.apply);
      expect(other.counters()).toEqual(reference.counters());
    }
    const counters = reference.counters();
    expect(counters.get('inspections#M2026-09#agency=agency-market#filings')).toBe(1);
    expect(counters.get('inspections#M2026-09#agency=agency-market#joint')).toBe(1);
    expect(counters.get('inspections#M2026-09#agency=agency-market#complaint:beyondItems')).toBe(1);
    expect(counters.get('inspections#M2026-09#agency=agency-health#filings')).toBeUndefined();
    // The enterprise counts once (F1) in each period it falls in, tenant-wide and for the market agency only.
    const live = [...reference.memberCounts].filter(([, n]) => n > 0).map(([key]) => key.split('#').slice(0, 2).join('#'));
    expect(live.sort()).toEqual(['inspections#M2026-09', 'inspections#M2026-09', 'inspections#Q2026-3', 'inspections#Q2026-3', 'inspections#Y2026', 'inspections#Y2026']);
  });

  it('counts a refused plan once per event, by reason', () => {
    const refused = envelope('r1', 'InspectionFilingRejected', { agency: 'agency-market', enterprise: '91360923MA35F2K8XC', plannedOn: '2026-09-15', reasonCodes: ['no_disturb', 'cap_reached'] });
    const memory = inMemory();
    [refused, refused].forEach(memory.apply);
    expect(memory.counters()).toEqual(
      new Map([
        ['inspections#M2026-09#agency=agency-market#rejections', 1],
        ['inspections#M2026-09#agency=agency-market#rejected:no_disturb', 1],
        ['inspections#M2026-09#agency=agency-market#rejected:cap_reached', 1],
      ]),
    );
  });

  it('builds histograms from member occurrences', () => {
    const m = (member: string) => ({ family: 'inspections' as const, period: 'M2026-09', dimension: {}, name: 'inspections', member });
    const sums = sumTallies(histogramTallies([m('E1'), m('E1'), m('E1'), m('E2')]));
    expect(sums).toEqual(new Map([['inspections#M2026-09##inspections:3', 1], ['inspections#M2026-09##inspections:1', 1]]));
  });
});
