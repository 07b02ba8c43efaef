import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { templateApi as api } from '#shared/checklist/template-api.ts';
import { templateService } from '#shared/checklist/template-service.ts';
import { targetStore } from '#shared/checklist/targets.ts';
import { env } from '#shared/config.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const templates = templateService(deps);
const targets = targetStore(deps.db, deps.tableName);

export const handler = httpRouter([
  httpRoute(api.list, async ({ caller }) => ({ body: { templates: await templates.list(caller) } })),
  httpRoute(api.create, async ({ caller, body }) => ({ status: 201, body: await templates.create(caller, body.id, body.content) })),
  httpRoute(api.versions, async ({ caller, params }) => ({ body: await templates.versions(caller, params.id) })),
  httpRoute(api.addVersion, async ({ caller, params, body }) => ({ status: 201, body: await templates.addVersion(caller, params.id, body.content) })),
  httpRoute(api.version, async ({ caller, params }) => ({ body: await templates.version(caller, params.id, params.version) })),
  httpRoute(api.saveDraft, async ({ caller, params, body }) => ({ body: await templates.saveDraft(caller, params.id, params.version, body.content) })),
  httpRoute(api.publish, async ({ caller, params }) => ({ body: await templates.publish(caller, params.id, params.version) })),
  httpRoute(api.targets, async ({ caller, query }) => ({ body: { targets: await targets.list(caller.tenant, query.kind) } })),
  httpRoute(api.setTarget, async ({ caller, params, body }) => {
    const target = { ...params, ...body };
    await targets.put(caller.tenant, target);
    return { body: target };
  }),
]);
