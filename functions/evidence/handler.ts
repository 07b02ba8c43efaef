import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { evidenceApi as api } from '#shared/evidence/evidence-api.ts';
import { evidenceFilesOf } from '#shared/evidence/evidence-files.ts';
import { evidenceUploads } from '#shared/evidence/uploads.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const files = evidenceFilesOf(deps);
const uploads = evidenceUploads({ ...deps, files });

export const handler = httpRouter([
  httpRoute(api.offerUpload, async ({ caller, body }) => ({ status: 201, body: await uploads.offer(caller, body) })),
  httpRoute(api.readSettings, async ({ caller }) => ({ body: await files.settings.of(caller.tenant) })),
  httpRoute(api.saveSettings, async ({ caller, body }) => {
    await files.settings.save(caller.tenant, body);
    return { body };
  }),
]);
