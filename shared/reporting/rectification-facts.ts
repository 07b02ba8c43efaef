import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { RectificationEvent } from '../rectification/events.ts';
import { wasEverEscalated } from '../rectification/events.ts';
import { isOpen, type Rectification } from '../rectification/rectification.ts';
import { type Contributions, none, type Tally } from './contributions.ts';
import { monthKey } from './period.ts';

/** What the rectification report needs of one item: its latest state, by item version. */
export type RectificationFact = {
  version: number;
  /** Report row: the responsible organisation, or `enterprises:<agency>` for enterprises' items. */
  organisation: string;
  source: 'checklist' | 'inspection' | 'manual';
  status: Rectification['status'];
  assignedOn: string;
  closedOn?: string;
  onTime?: boolean;
  workingDaysToClose?: number;
  overdue: boolean;
  everEscalated: boolean;
  campaign?: string;
};

/**
 * Enterprises' items are reported under the agency that follows them up (`enterprises:<agency>`):
 * the rows stay bounded by the bureau's organisations however many enterprises are inspected.
 */
export const reportOrganisation = (responsible: string, supervising: string | undefined) =>
  responsible.startsWith('enterprise:') ? `enterprises:${supervising ?? 'unassigned'}` : responsible;

export const rectificationFactOfEvent = (event: RectificationEvent): RectificationFact => {
  const p = event.payload;
  const closed = event.type === 'RectificationClosed' ? event.payload : undefined;
  return {
    version: p.itemVersion,
    organisation: reportOrganisation(p.responsibleOrganisation, p.supervisingOrganisation),
    source: p.sourceKind,
    status: p.status,
    assignedOn: p.assignedOn,
    ...(closed ? { closedOn: closed.closedOn, onTime: closed.onTime, workingDaysToClose: closed.workingDaysToClose } : {}),
    overdue: p.overdueSince !== undefined,
    everEscalated: p.everEscalated,
    ...(p.campaignId ? { campaign: p.campaignId } : {}),
  };
};

export const rectificationFactOfItem = (item: Rectification, calendar: WorkingCalendar): RectificationFact => ({
  version: item.version,
  organisation: reportOrganisation(item.responsibility.organisation, item.responsibility.supervisingOrganisation),
  source: item.source.kind,
  status: item.status,
  assignedOn: item.assignedOn,
  ...(item.status === 'closed' && item.closedOn
    ? { closedOn: item.closedOn, onTime: item.closedOn <= item.deadline, workingDaysToClose: calendar.workingDaysBetween(item.assignedOn, item.closedOn) }
    : {}),
  overdue: item.overdueSince !== undefined,
  everEscalated: wasEverEscalated(item),
  ...(item.campaignId ? { campaign: item.campaignId } : {}),
});

/** A newer version replaces the fact; an older or repeated one changes nothing. */
export const mergeRectification = (old: RectificationFact | undefined, next: RectificationFact) => (!old || next.version > old.version ? next : undefined);

/**
 * Opened/overdue/escalated count in the month the item was assigned; closed, on time and working days
 * to close (a histogram `closeDays:n`, from which median and 90th percentile are exact) in the month it
 * was closed. Cancelled items count only as cancelled.
 */
export const rectificationContributions = (fact: RectificationFact | undefined): Contributions => {
  if (!fact) return none;
  // A campaign's items count in rows of their own, which add up with the others by organisation and source.
  const dimension: Record<string, string> = { organisation: fact.organisation, source: fact.source, ...(fact.campaign ? { campaign: fact.campaign } : {}) };
  const assigned = { family: 'rectifications' as const, period: monthKey(fact.assignedOn), dimension };
  if (fact.status === 'cancelled') return { tallies: [{ ...assigned, counts: { cancelled: 1 } }], memberships: [] };
  const open = isOpen(fact);
  const tallies: Tally[] = [
    { ...assigned, counts: { opened: 1, openNow: open ? 1 : 0, overdueNow: open && fact.overdue ? 1 : 0, escalated: fact.everEscalated ? 1 : 0 } },
  ];
  if (fact.status === 'closed' && fact.closedOn) {
    tallies.push({
      family: 'rectifications',
      period: monthKey(fact.closedOn),
      dimension,
      counts: { closed: 1, closedOnTime: fact.onTime ? 1 : 0, [`closeDays:${fact.workingDaysToClose ?? 0}`]: 1 },
    });
  }
  return { tallies, memberships: [] };
};
