import { describe, expect, it } from 'vitest';
import { type Campaign, campaignAfter, contributionOf, noCounts, redOn } from '#shared/rectification/campaign.ts';
import { inStatus, newItem, office } from './fixtures.ts';

const campaign: Campaign = { id: 'C1', tenant: '360923', version: 1, title: '述法问题整改', owner: 'supervision-section', status: 'open', createdBy: office, counts: noCounts, openByRedFrom: {} };

describe('campaign counts', () => {
  it('counts an item, its measures and where they stand', () => {
    expect(contributionOf(newItem())).toEqual({ items: 1, closed: 0, closedOnTime: 0, cancelled: 0, overdue: 0, measures: 1, measuresSettled: 0 });
    expect(contributionOf({ ...inStatus('closed'), closedOn: '2026-12-10' })).toMatchObject({ closed: 1, closedOnTime: 1 });
  });

  it('moves the counts by the difference an item change makes, and not at all when nothing counted changed', () => {
    const added = campaignAfter(campaign, undefined, newItem(), '2026-12-01')!;
    expect(added).toMatchObject({ version: 2, status: 'open', counts: { items: 1, measures: 1 } });
    expect(campaignAfter(added, newItem(), { ...newItem(), version: 2, status: 'acknowledged' }, '2026-12-01')).toBeUndefined();
  });

  it('completes with its last item closed or cancelled, and opens again when one reopens', () => {
    const one = campaignAfter(campaign, undefined, newItem(), '2026-12-01')!;
    const closed = { ...inStatus('closed'), closedOn: '2026-12-10' };
    const completed = campaignAfter(one, newItem(), closed, '2026-12-10')!;
    expect(completed).toMatchObject({ status: 'completed', completedOn: '2026-12-10', counts: { items: 1, closed: 1, closedOnTime: 1 } });
    const reopened = campaignAfter(completed, closed, { ...inStatus('in_progress'), reopenedCount: 1 }, '2026-12-20')!;
    expect(reopened).toMatchObject({ status: 'open', counts: { closed: 0 } });
    expect(reopened.completedOn).toBeUndefined();
  });

  it('reads red today from when its open items turn red, moving with extensions and gone on close-out', () => {
    const item = newItem();
    const redFrom = item.redFrom!;
    const one = campaignAfter(campaign, undefined, item, '2026-12-01')!;
    expect(one.openByRedFrom).toEqual({ [redFrom]: 1 });
    expect(redOn(one, '2026-12-01')).toBe(0);
    expect(redOn(one, redFrom)).toBe(1);
    // An approved extension moves the day; acknowledging (no date moved) changes nothing.
    const extended = { ...item, version: 2, deadline: '2026-12-28', redFrom: '2026-12-24' };
    const later = campaignAfter(one, item, extended, '2026-12-02')!;
    expect(later.openByRedFrom).toEqual({ '2026-12-24': 1 });
    expect(redOn(later, redFrom)).toBe(0);
    const closed = { ...inStatus('closed'), version: 3 };
    expect(campaignAfter(later, extended, closed, '2026-12-10')!.openByRedFrom).toEqual({});
  });
});
