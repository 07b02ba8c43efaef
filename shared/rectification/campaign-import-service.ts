import { createHash } from 'node:crypto';
import { stableId } from '../adapters/ids.ts';
import { UnknownCalendarYear } from '../calendar/working-calendar.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import type { DomainEvent } from '../events/catalog.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { notFound, unprocessable } from '../http/errors.ts';
import { organisationStore } from '../organisation/store.ts';
import { commit, TransactionRefused, type TransactItem } from '../store/transaction.ts';
import { assign } from './assignment.ts';
import { type Campaign, campaignAfter, type CampaignImport } from './campaign.ts';
import { type ImportGroup, planImport } from './campaign-import.ts';
import { importTemplate, readSheetRows, UnreadableSheet } from './campaign-sheet.ts';
import { statusEvents } from './campaign-events.ts';
import { campaignStore } from './campaign-store.ts';
import { assignedEvent } from './events.ts';
import type { DecisionContext } from './lifecycle.ts';
import type { Rectification, Source } from './rectification.ts';
import { type Deps, rectificationService } from './service.ts';

/** A transaction holds 100 writes: the items' records, measure rows and events, plus the campaign's row and event. */
const writesPerTransaction = 100 - 2;

/** Items in the order of the sheet, cut into transactions of whole items. */
const batchesOf = (items: readonly { item: Rectification; writes: TransactItem[] }[]) => {
  const batches: (typeof items)[number][][] = [];
  let writes = Infinity;
  for (const entry of items) {
    const size = entry.writes.length + 1; // and its event
    if (writes + size > writesPerTransaction) {
      batches.push([]);
      writes = 0;
    }
    batches.at(-1)!.push(entry);
    writes += size;
  }
  return batches;
};

/** Assigns one group's item; whatever assignment refuses (the plan checks the same) is blamed on the group's first row. */
const assignOrRefuse = (id: string, tenant: TenantCode, source: Source, group: ImportGroup, ctx: DecisionContext): Rectification => {
  const refuse = (message: string) => unprocessable(message, [{ path: `body.rows.${group.rows[0]}`, message: `第 ${group.rows[0]} 行：${message}` }]);
  try {
    const item = assign(id, tenant, source, group.input, ctx);
    if ('field' in item) throw refuse(item.message);
    return item;
  } catch (error) {
    if (error instanceof UnknownCalendarYear) throw refuse(`${error.year} 年的放假调休安排尚未录入，请管理员先在「设置 › 工作日历」中录入`);
    throw error;
  }
};

/** 导入清单: a campaign's items from the spreadsheet a bureau receives, all rows checked before anything is written. */
export const campaignImportService = (deps: Deps) => {
  const campaigns = campaignStore(deps.db, deps.tableName);
  const rectifications = rectificationService(deps);
  const store = rectifications.store;

  const load = async (caller: Caller, id: string) => {
    const campaign = await campaigns.get(caller.tenant, id);
    if (!campaign) throw notFound(`no campaign ${id}`);
    return campaign;
  };

  /** The campaign's counts with the batch's items added, and its event if that reopens it. */
  const campaignWrites = (campaign: Campaign, items: readonly Rectification[], ctx: DecisionContext): { write: TransactItem; events: DomainEvent[] } => {
    const next = items.reduce((counted, item) => campaignAfter(counted, undefined, item, ctx.today) ?? counted, campaign);
    return { write: campaigns.counted(next, campaign.version), events: statusEvents(campaign, next, { ...ctx, id: deps.ids }) };
  };

  /**
   * One batch, atomically with the campaign's counts. A batch whose first item exists was written before (by an
   * earlier attempt at this file, or a twin request now): the batch is all or nothing, so it is skipped whole.
   */
  const writeBatch = async (caller: Caller, batch: ReturnType<typeof batchesOf>[number], ctx: DecisionContext) => {
    for (let attempt = 1; ; attempt += 1) {
      if (await store.get(caller.tenant, batch[0]!.item.id)) return;
      const campaign = (await campaigns.get(caller.tenant, batch[0]!.item.campaignId!))!;
      const counted = campaignWrites(campaign, batch.map((b) => b.item), ctx);
      const events = [...batch.map((b) => assignedEvent(b.item, { ...ctx, id: deps.ids() })), ...counted.events];
      try {
        return await commit(deps.db, deps.tableName, [...batch.flatMap((b) => b.writes), counted.write], events);
      } catch (error) {
        // Another item of the campaign moved its counts meanwhile, or a twin request wrote this batch: look again.
        if (!(error instanceof TransactionRefused) || attempt === 5) throw error;
      }
    }
  };

  return {
    template: async (caller: Caller, id: string) => {
      const [campaign, organisations] = await Promise.all([load(caller, id), organisationStore(deps.db, deps.tableName).list(caller.tenant)]);
      return { filename: `${campaign.title}-整改清单导入模板.xlsx`, bytes: await importTemplate(campaign, organisations, deps.clock.now()) };
    },

    /** Imports the list once per file: `created` is false when this file was imported before (its first answer). */
    import: async (caller: Caller, id: string, file: Buffer): Promise<{ imported: CampaignImport; created: boolean }> => {
      const campaign = await load(caller, id);
      const importId = stableId(caller.tenant, campaign.id, createHash('sha256').update(file).digest('hex'));
      const earlier = await campaigns.importOf(caller.tenant, campaign.id, importId);
      if (earlier) return { imported: earlier, created: false };

      const rows = await readSheetRows(file).catch((error: unknown) => {
        throw error instanceof UnreadableSheet ? unprocessable(error.message, [{ path: 'body', message: error.message }]) : error;
      });
      const [ctx, organisations] = await Promise.all([rectifications.contextFor(caller.tenant, actorOf(caller)), organisationStore(deps.db, deps.tableName).list(caller.tenant)]);
      const plan = planImport(rows, { organisations, today: ctx.today, calendar: ctx.calendar, campaign: campaign.id });
      if ('problems' in plan) throw unprocessable(`${plan.problems.length} 处需要修改，清单未导入`, plan.problems);

      const source = { kind: 'manual' as const, reference: (campaign.sourceDocument ?? campaign.title).slice(0, 200) };
      const items = plan.groups.map((group, i) => {
        const item = assignOrRefuse(stableId(importId, String(i)), caller.tenant, source, group, ctx);
        return { item, writes: store.creationWrites(item) };
      });
      for (const batch of batchesOf(items)) await writeBatch(caller, batch, ctx);

      const imported: CampaignImport = {
        id: importId,
        campaignId: campaign.id,
        rows: plan.rows,
        measures: items.reduce((n, { item }) => n + item.measures.length, 0),
        items: items.map(({ item }, i) => ({ id: item.id, title: item.problem.title, organisation: item.responsibility.organisation, rows: plan.groups[i]!.rows })),
        importedAt: ctx.at.toISOString(),
        importedBy: ctx.actor,
      };
      await campaigns.recordImport(caller.tenant, imported);
      return { imported, created: true };
    },
  };
};
