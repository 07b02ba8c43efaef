import * as z from 'zod';
import { envelopeSchema } from '../events/envelope.ts';
import { CampaignCounts } from './campaign.ts';

const payload = z.object({ campaignId: z.string(), title: z.string(), counts: CampaignCounts });

/** A campaign's own events; its items' events carry `campaignId` in the item, not here. */
export const campaignEventSchemas = {
  RectificationCampaignCreated: envelopeSchema('RectificationCampaignCreated', 1, payload),
  /** The last open item of the campaign was closed or cancelled. */
  RectificationCampaignCompleted: envelopeSchema('RectificationCampaignCompleted', 1, payload),
  /** A completed campaign has open work again: an item reopened (复号) or a new one assigned to it. */
  RectificationCampaignReopened: envelopeSchema('RectificationCampaignReopened', 1, payload),
} as const;
