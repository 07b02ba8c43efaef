import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { evidenceFilesOf } from '#shared/evidence/evidence-files.ts';
import { keyedRequest } from '#shared/http/idempotency-key.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { rectificationCommandApi as commandApi, rectificationApi as api } from '#shared/rectification/api.ts';
import { commandRoutes } from '#shared/rectification/command-routes.ts';
import { commandSchemas } from '#shared/rectification/commands.ts';
import { rectificationService } from '#shared/rectification/service.ts';

const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
const files = evidenceFilesOf(deps);
const service = rectificationService({ ...deps, evidence: files });

const create = httpRoute(api.create, async ({ caller, body, headers }) => {
  const { reference, ...input } = body;
  const { item, created } = await service.create(caller, { kind: 'manual', reference }, input, keyedRequest(headers['idempotency-key'], body));
  return { status: created ? 201 : 200, body: item, headers: { location: `/v1/rectifications/${item.id}` } };
});

const list = httpRoute(api.list, async ({ caller, query }) => {
  const { limit, cursor, ...filter } = query;
  return { body: await service.list(caller, filter, limit, cursor) };
});

const read = httpRoute(api.read, async ({ caller, params }) => ({ body: await service.read(caller, params.id) }));

const commands = Object.values(commandRoutes).map(({ type }) =>
  httpRoute(commandApi[type], async ({ caller, params, body }) => {
    const { expectedVersion, ...rest } = body;
    return { body: await service.apply(caller, params.id, expectedVersion, commandSchemas[type].parse({ ...rest, type })) };
  }),
);

const downloadEvidence = httpRoute(api.downloadEvidence, async ({ caller, params, query }) => ({
  body: await files.offerDownload([(await service.read(caller, params.id)).evidence], params.fileId, query.disposition),
}));

const readRules = httpRoute(api.readRules, async ({ caller }) => ({ body: await service.rules.of(caller.tenant) }));
const saveRules = httpRoute(api.saveRules, async ({ caller, body }) => {
  await service.rules.save(caller.tenant, body);
  return { body };
});

export const handler = httpRouter([create, list, read, ...commands, downloadEvidence, readRules, saveRules]);
