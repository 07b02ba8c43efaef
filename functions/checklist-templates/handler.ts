import { z } from 'zod';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { targetStore, YearlyTarget } from '#shared/checklist/targets.ts';
import { TemplateContent, TemplateKind } from '#shared/checklist/template.ts';
import { templateService } from '#shared/checklist/template-service.ts';
import { env } from '#shared/config.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const templates = templateService(deps);
const targets = targetStore(deps.db, deps.tableName);

const TemplateId = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,60}$/, 'lower-case letters, digits and dashes') });
const VersionParams = TemplateId.extend({ version: z.coerce.number().int().min(1) });
const ContentBody = z.object({ content: TemplateContent });

const routes = [
  { method: 'GET', path: '/v1/checklist-templates', handler: httpRoute({ roles: [] }, async ({ caller }) => ({ body: { templates: await templates.list(caller) } })) },
  {
    method: 'POST',
    path: '/v1/checklist-templates',
    handler: httpRoute({ roles: ['admin'], body: ContentBody.extend(TemplateId.shape) }, async ({ caller, body }) => ({
      status: 201,
      body: await templates.create(caller, body.id, body.content),
    })),
  },
  { method: 'GET', path: '/v1/checklist-templates/{id}/versions', handler: httpRoute({ roles: [], params: TemplateId }, async ({ caller, params }) => ({ body: await templates.versions(caller, params.id) })) },
  {
    method: 'POST',
    path: '/v1/checklist-templates/{id}/versions',
    handler: httpRoute({ roles: ['admin'], params: TemplateId, body: ContentBody }, async ({ caller, params, body }) => ({ status: 201, body: await templates.addVersion(caller, params.id, body.content) })),
  },
  {
    method: 'GET',
    path: '/v1/checklist-templates/{id}/versions/{version}',
    handler: httpRoute({ roles: [], params: VersionParams }, async ({ caller, params }) => ({ body: await templates.version(caller, params.id, params.version) })),
  },
  {
    method: 'PUT',
    path: '/v1/checklist-templates/{id}/versions/{version}',
    handler: httpRoute({ roles: ['admin'], params: VersionParams, body: ContentBody }, async ({ caller, params, body }) => ({ body: await templates.saveDraft(caller, params.id, params.version, body.content) })),
  },
  {
    method: 'POST',
    path: '/v1/checklist-templates/{id}/versions/{version}/publish',
    handler: httpRoute({ roles: ['admin'], params: VersionParams }, async ({ caller, params }) => ({ body: await templates.publish(caller, params.id, params.version) })),
  },
  {
    method: 'GET',
    path: '/v1/checklist-targets',
    handler: httpRoute({ roles: [], query: z.object({ kind: TemplateKind.optional() }) }, async ({ caller, query }) => ({ body: { targets: await targets.list(caller.tenant, query.kind) } })),
  },
  {
    method: 'PUT',
    path: '/v1/checklist-targets/{kind}/{year}',
    handler: httpRoute(
      { roles: ['admin'], params: z.object({ kind: TemplateKind, year: z.coerce.number().int().min(2000).max(2100) }), body: YearlyTarget.pick({ share: true }) },
      async ({ caller, params, body }) => {
        const target = { ...params, ...body };
        await targets.put(caller.tenant, target);
        return { body: target };
      },
    ),
  },
] as const;

export const handler = httpRouter(routes);
