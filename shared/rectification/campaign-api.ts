import * as z from 'zod';
import { operation } from '../http/operation.ts';
import { csvType, xlsxType } from '../reporting/media-types.ts';
import { Campaign, CampaignImport, CampaignInput } from './campaign.ts';
import { importColumns, maxImportRows } from './campaign-import.ts';

const CampaignId = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, 'is not a campaign id') });

/** A campaign as read: its counts and what they mean as progress. */
export const CampaignView = Campaign.extend({
  progress: z.object({
    openItems: z.number().int(),
    red: z.number().int().meta({ description: 'open items red today (红色预警), overdue ones included' }),
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
  importTemplate: operation({
    operationId: 'downloadRectificationCampaignImportTemplate',
    method: 'GET',
    path: '/v1/rectification-campaigns/{id}/import-template.xlsx',
    tag,
    summary: '下载导入模板 · The spreadsheet to fill in for an import: its columns, the bureau’s organisations as drop-downs, and how each column is read',
    roles: ['supervisor'],
    params: CampaignId,
    responses: { 200: { description: 'the template', files: [xlsxType] } },
    refusals: { 404: ['not_found'] },
  }),
  import: operation({
    operationId: 'importRectificationCampaignList',
    method: 'POST',
    path: '/v1/rectification-campaigns/{id}/import',
    tag,
    summary: '导入整改清单 · Import the campaign’s items from a spreadsheet',
    description: [
      `The first worksheet, its header row among the top ten rows: ${(Object.values(importColumns) as { headers: readonly string[]; required: boolean }[]).map((c) => `${c.headers[0]}${c.required ? '' : '（可选）'}`).join(' / ')}; other columns are ignored. One row per measure (措施); rows with the same problem and responsible unit become one item (a blank 问题, as under a merged cell, continues the row above). 整改时限 is a date or "N个工作日".`,
      `Every row is checked first: any problem answers 422 with one field per bad cell (\`body.rows.<row>.<column letter>\`) and nothing is created. Then the items are created in atomic batches, with the campaign's counts. The same file sent again (a retry, a double click) answers its first import with 200 and creates nothing. At most ${maxImportRows} rows.`,
    ].join('\n\n'),
    roles: ['supervisor'],
    params: CampaignId,
    upload: { mediaTypes: [xlsxType], description: 'the .xlsx file, as the request body' },
    maxBodyBytes: 4 * 1024 * 1024,
    responses: { 201: { description: 'imported', schema: CampaignImport }, 200: { description: 'this file was imported before: that import', schema: CampaignImport } },
    refusals: { 404: ['not_found'], 422: ['unprocessable'] },
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
