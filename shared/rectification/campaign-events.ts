import * as z from 'zod';
import type { DomainEvent } from '../events/catalog.ts';
import { type Actor, envelopeSchema } from '../events/envelope.ts';
import { type Campaign, CampaignCounts } from './campaign.ts';

const payload = z.object({ campaignId: z.string(), title: z.string(), counts: CampaignCounts });

/** A campaign's own events; its items' events carry `campaignId` in the item, not here. */
export const campaignEventSchemas = {
  RectificationCampaignCreated: envelopeSchema('RectificationCampaignCreated', 1, payload),
  /** The last open item of the campaign was closed or cancelled. */
  RectificationCampaignCompleted: envelopeSchema('RectificationCampaignCompleted', 1, payload),
  /** A completed campaign has open work again: an item reopened (复号) or a new one assigned to it. */
  RectificationCampaignReopened: envelopeSchema('RectificationCampaignReopened', 1, payload),
} as const;

type CampaignEventType = keyof typeof campaignEventSchemas;
/** One event of a campaign, carrying its counts as they stand after it. */
export const campaignEvent = (type: CampaignEventType, campaign: Campaign, ctx: { id: string; at: Date; actor: Actor }): DomainEvent => ({
  id: ctx.id,
  type,
  version: 1,
  tenant: campaign.tenant,
  occurredAt: ctx.at.toISOString(),
  actor: ctx.actor,
  subject: { kind: 'rectification-campaign', id: campaign.id },
  payload: { campaignId: campaign.id, title: campaign.title, counts: campaign.counts },
});

/** Completed or reopened, when its counts moved it from one status to the other; nothing otherwise. */
export const statusEvents = (before: Campaign, after: Campaign, ctx: { id: () => string; at: Date; actor: Actor }): DomainEvent[] =>
  before.status === after.status ? [] : [campaignEvent(after.status === 'completed' ? 'RectificationCampaignCompleted' : 'RectificationCampaignReopened', after, { ...ctx, id: ctx.id() })];
