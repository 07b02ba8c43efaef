import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import { type CalendarDate, shanghaiDate } from '../calendar/working-calendar.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { notFound, unprocessable } from '../http/errors.ts';
import { activeOrganisations } from '../organisation/guard.ts';
import { enterprisesOf } from '../organisation/display-names.ts';
import { organisationNamesOf } from '../organisation/names.ts';
import { itemTables } from '../reporting/tables.ts';
import { csvOf, xlsxOf } from '../reporting/workbook.ts';
import { type Campaign, type CampaignInput, noCounts, redOn } from './campaign.ts';
import { campaignEvent } from './campaign-events.ts';
import { campaignStore } from './campaign-store.ts';
import { rectificationStore } from './store.ts';

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
export const viewOf = (campaign: Campaign, today: CalendarDate) => ({
  ...campaign,
  progress: {
    openItems: campaign.counts.items - campaign.counts.closed - campaign.counts.cancelled,
    red: redOn(campaign, today),
    itemsSettledShare: share(campaign.counts.closed + campaign.counts.cancelled, campaign.counts.items),
    measuresSettledShare: share(campaign.counts.measuresSettled, campaign.counts.measures),
  },
});

/** 整改专项: a set of problems from one document, tracked, reported and closed together. */
export const campaignService = (deps: { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator }) => {
  const store = campaignStore(deps.db, deps.tableName);
  const load = async (caller: Caller, id: string) => {
    const campaign = await store.get(caller.tenant, id);
    if (!campaign) throw notFound(`no campaign ${id}`);
    return campaign;
  };
  return {
    create: async (caller: Caller, input: CampaignInput) => {
      await activeOrganisations(deps.db, deps.tableName).require(caller.tenant, input.owner, 'body.owner');
      if (input.startedOn && input.dueOn && input.dueOn < input.startedOn) throw unprocessable('the campaign ends before it starts', [{ path: 'body.dueOn', message: 'is before startedOn' }]);
      const at = deps.clock.now();
      const campaign: Campaign = { ...input, startedOn: input.startedOn ?? shanghaiDate(at), id: deps.ids(), tenant: caller.tenant, version: 1, status: 'open', createdBy: actorOf(caller), counts: noCounts, openByRedFrom: {} };
      await store.create(campaign, [
        campaignEvent('RectificationCampaignCreated', campaign, { id: deps.ids(), at, actor: campaign.createdBy }),
      ]);
      return viewOf(campaign, shanghaiDate(at));
    },
    list: async (caller: Caller) => {
      const today = shanghaiDate(deps.clock.now());
      return (await store.list(caller.tenant)).sort((a, b) => b.id.localeCompare(a.id)).map((c) => viewOf(c, today));
    },
    read: async (caller: Caller, id: string) => viewOf(await load(caller, id), shanghaiDate(deps.clock.now())),
    /** 三清单 of the campaign as one workbook, organisations by name. */
    lists: async (caller: Caller, id: string, format: 'xlsx' | 'csv') => {
      const campaign = await load(caller, id);
      const items = (await rectificationStore(deps.db, deps.tableName).all(caller.tenant)).filter((i) => i.campaignId === id).sort((a, b) => a.assignedOn.localeCompare(b.assignedOn) || a.id.localeCompare(b.id));
      const name = await organisationNamesOf(deps.db, deps.tableName, caller.tenant, enterprisesOf(items));
      const tables = itemTables(items, name);
      const title = campaign.sourceDocument ? `${campaign.title}（${campaign.sourceDocument}）` : campaign.title;
      return {
        filename: `${campaign.title}-三清单.${format}`,
        bytes: format === 'csv' ? csvOf(tables) : await xlsxOf(tables, { title, bureau: name.bureau, period: title, generatedAt: deps.clock.now() }),
      };
    },
  };
};
