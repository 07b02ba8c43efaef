import * as z from 'zod';
import { operation } from '../http/operation.ts';
import { csvType, xlsxType } from '../reporting/report-api.ts';
import { Campaign, CampaignInput } from './campaign.ts';

const CampaignId = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, 'is not a campaign id') });

/** A campaign as read: its counts and what they mean as progress. */
export const CampaignView = Campaign.extend({
  progress: z.object({
    openItems: z.number().int(),
    itemsSettledShare: z.number().nullable().meta({ description: 'closed or cancelled items ÷ items' }),
    measuresSettledShare: z.number().nullable().meta({ description: 'measures done or waived ÷ measures' }),
  }),
}).meta({ id: 'RectificationCampaignView' });

const tag = '整改' as const;

export const campaignApi = {
  create: operation({
    operationId: 'createRectificationCampaign',
    method: 'POST',
    path: '/v1/rectification-campaigns',
    tag,
    summary: '新建整改专项 · Open a rectification campaign',
    description: 'Items join a campaign when they are assigned (`campaign` in POST /v1/rectifications). Its progress is counted with each item change, and it completes when its last item is closed or cancelled.',
    roles: ['supervisor'],
    body: CampaignInput,
    responses: { 201: { description: 'opened', schema: CampaignView } },
    refusals: { 422: ['unprocessable', 'organisation_unknown', 'organisation_inactive'] },
    example: { title: '2026年度法治述职问题整改', sourceDocument: '上司发〔2026〕12号', issuingBody: '上高县委全面依法治县委员会办公室', owner: 'supervision-section', dueOn: '2027-03-31' },
  }),
  list: operation({
    operationId: 'listRectificationCampaigns',
    method: 'GET',
    path: '/v1/rectification-campaigns',
    tag,
    summary: '整改专项列表 · List the campaigns',
    roles: [],
    responses: { 200: { description: 'newest first', schema: z.object({ campaigns: z.array(CampaignView) }) } },
  }),
  read: operation({
    operationId: 'readRectificationCampaign',
    method: 'GET',
    path: '/v1/rectification-campaigns/{id}',
    tag,
    summary: '查看整改专项 · Read a campaign and its progress',
    roles: [],
    params: CampaignId,
    responses: { 200: { description: 'the campaign', schema: CampaignView } },
    refusals: { 404: ['not_found'] },
  }),
  lists: operation({
    operationId: 'exportRectificationCampaignLists',
    method: 'GET',
    path: '/v1/rectification-campaigns/{id}/{file}',
    tag,
    summary: '导出三清单 · The campaign’s three lists (问题清单, 措施清单, 责任清单): `lists.xlsx`, one sheet each, or `lists.csv`',
    roles: ['supervisor', 'admin', 'inspector'],
    params: CampaignId.extend({ file: z.enum(['lists.xlsx', 'lists.csv']) }),
    responses: { 200: { description: 'the workbook, or the CSV (UTF-8 with BOM)', files: [xlsxType, csvType] } },
    refusals: { 404: ['not_found'] },
  }),
};
