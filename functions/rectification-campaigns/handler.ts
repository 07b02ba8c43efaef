import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { csvType, xlsxType } from '#shared/reporting/media-types.ts';
import { campaignApi as api } from '#shared/rectification/campaign-api.ts';
import { campaignImportService } from '#shared/rectification/campaign-import-service.ts';
import { campaignService } from '#shared/rectification/campaign-service.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const campaigns = campaignService(deps);
const imports = campaignImportService(deps);

export const handler = httpRouter([
  httpRoute(api.create, async ({ caller, body }) => {
    const campaign = await campaigns.create(caller, body);
    return { status: 201, body: campaign, headers: { location: `/v1/rectification-campaigns/${campaign.id}` } };
  }),
  httpRoute(api.list, async ({ caller }) => ({ body: { campaigns: await campaigns.list(caller) } })),
  httpRoute(api.read, async ({ caller, params }) => ({ body: await campaigns.read(caller, params.id) })),
  // Before `lists`: a literal file name wins over `{file}`.
  httpRoute(api.importTemplate, async ({ caller, params }) => {
    const { filename, bytes } = await imports.template(caller, params.id);
    return { file: { bytes, contentType: xlsxType, filename } };
  }),
  httpRoute(api.import, async ({ caller, params, upload }) => {
    const { imported, created } = await imports.import(caller, params.id, upload);
    return { status: created ? 201 : 200, body: imported };
  }),
  httpRoute(api.lists, async ({ caller, params }) => {
    const format = params.file === 'lists.csv' ? 'csv' : 'xlsx';
    const { filename, bytes } = await campaigns.lists(caller, params.id, format);
    return { file: { bytes, contentType: format === 'csv' ? csvType : xlsxType, filename } };
  }),
]);
