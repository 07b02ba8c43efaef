import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { Actor } from '../events/envelope.ts';
import { OrganisationId } from '../organisation/organisation.ts';
import { TenantCode } from '../tenancy/tenant.ts';
import { isSettled, type Rectification } from './rectification.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** What a supervisor opens a campaign with (整改专项): the document the problems came from and who owns the follow-up. */
export const CampaignInput = z.object({
  title: text(200).meta({ description: '专项名称, e.g. 2026年度法治述职问题整改' }),
  sourceDocument: text(200).optional().meta({ description: '来源文件文号, e.g. 上司发〔2026〕12号' }),
  issuingBody: text(100).optional().meta({ description: '下发机关' }),
  owner: OrganisationId.meta({ description: 'the organisation that leads the campaign (牵头单位)' }),
  startedOn: CalendarDate.optional(),
  dueOn: CalendarDate.optional(),
});
export type CampaignInput = z.infer<typeof CampaignInput>;

/** What a campaign's items add up to: every figure moves with its items' own writes, never by listing them. */
export const CampaignCounts = z.object({
  items: z.number().int(),
  closed: z.number().int(),
  closedOnTime: z.number().int(),
  cancelled: z.number().int(),
  overdue: z.number().int().meta({ description: 'open items past their deadline' }),
  measures: z.number().int(),
  measuresSettled: z.number().int().meta({ description: 'measures done or waived' }),
});
export type CampaignCounts = z.infer<typeof CampaignCounts>;
export const noCounts: CampaignCounts = { items: 0, closed: 0, closedOnTime: 0, cancelled: 0, overdue: 0, measures: 0, measuresSettled: 0 };

export const Campaign = CampaignInput.extend({
  id: z.string(),
  tenant: TenantCode,
  version: z.number().int().min(1),
  status: z.enum(['open', 'completed']).meta({ description: 'completed when its last item is closed or cancelled; open again when one reopens' }),
  completedOn: CalendarDate.optional(),
  createdBy: Actor,
  counts: CampaignCounts,
  /**
   * Open items by the day they turn red (`redFrom`): red is a matter of the date, with no write when it comes, so the
   * campaign keeps when each open item turns red and reads "red today" as those on or before today.
   */
  openByRedFrom: z.record(CalendarDate, z.number().int()).default({}),
}).meta({ id: 'RectificationCampaign' });
export type Campaign = z.infer<typeof Campaign>;

/** What one item adds to its campaign's counts as it stands. */
export const contributionOf = (item: Rectification | undefined): CampaignCounts => {
  if (!item) return noCounts;
  const open = item.status !== 'closed' && item.status !== 'cancelled';
  return {
    items: 1,
    closed: item.status === 'closed' ? 1 : 0,
    closedOnTime: item.status === 'closed' && item.closedOn !== undefined && item.closedOn <= item.deadline ? 1 : 0,
    cancelled: item.status === 'cancelled' ? 1 : 0,
    overdue: open && item.overdueSince ? 1 : 0,
    measures: item.measures.length,
    measuresSettled: item.measures.filter(isSettled).length,
  };
};

const keys = Object.keys(noCounts) as (keyof CampaignCounts)[];
const redFromOf = (item: Rectification | undefined) => (item && item.status !== 'closed' && item.status !== 'cancelled' ? item.redFrom : undefined);

/** Whether an item's change moves its campaign's counts at all (most steps, 签收 say, do not). */
export const countsMove = (before: Rectification | undefined, after: Rectification) => {
  const [was, is] = [contributionOf(before), contributionOf(after)];
  return keys.some((k) => was[k] !== is[k]) || redFromOf(before) !== redFromOf(after);
};

/** Open items red on `today`. */
export const redOn = (campaign: Pick<Campaign, 'openByRedFrom'>, today: CalendarDate) =>
  Object.entries(campaign.openByRedFrom).reduce((red, [day, n]) => (day <= today ? red + n : red), 0);

/**
 * The campaign after one item changed from `before` to `after` (undefined before: just assigned), or undefined when
 * its counts do not move. Its status follows the counts: completed when every item is closed or cancelled.
 */
export const campaignAfter = (campaign: Campaign, before: Rectification | undefined, after: Rectification, today: CalendarDate): Campaign | undefined => {
  if (!countsMove(before, after)) return undefined;
  const [was, is] = [contributionOf(before), contributionOf(after)];
  const counts = Object.fromEntries(keys.map((k) => [k, campaign.counts[k] - was[k] + is[k]])) as CampaignCounts;
  const done = counts.items > 0 && counts.closed + counts.cancelled === counts.items;
  const openByRedFrom = { ...campaign.openByRedFrom };
  const move = (day: CalendarDate | undefined, n: number) => {
    if (!day) return;
    openByRedFrom[day] = (openByRedFrom[day] ?? 0) + n;
    // Never below zero: a campaign counted before it kept these days has nothing to take an item's day from.
    if (openByRedFrom[day] <= 0) delete openByRedFrom[day];
  };
  move(redFromOf(before), -1);
  move(redFromOf(after), 1);
  return {
    ...campaign,
    version: campaign.version + 1,
    counts,
    openByRedFrom,
    status: done ? 'completed' : 'open',
    completedOn: done ? (campaign.status === 'completed' ? campaign.completedOn : today) : undefined,
  };
};

/** A list imported into a campaign (导入清单): kept so the same file sent again answers this instead of adding items. */
export const CampaignImport = z
  .object({
    id: z.string().meta({ description: 'derived from the campaign and the file’s content: the same file imports once' }),
    campaignId: z.string(),
    rows: z.number().int().meta({ description: 'measure rows read' }),
    measures: z.number().int(),
    items: z.array(z.object({ id: z.string(), title: z.string(), organisation: OrganisationId, rows: z.array(z.number().int()).meta({ description: 'the rows of the sheet it came from' }) })),
    importedAt: z.iso.datetime({ offset: true }),
    importedBy: Actor,
  })
  .meta({ id: 'RectificationCampaignImport' });
export type CampaignImport = z.infer<typeof CampaignImport>;
