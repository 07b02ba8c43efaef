import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { referenceApi as api } from '#shared/filing/reference-api.ts';
import { filingReference } from '#shared/filing/reference-store.ts';
import { badRequest, notFound, unprocessable } from '#shared/http/errors.ts';
import { httpRoute } from '#shared/http/route.ts';
import { httpRouter } from '#shared/http/router.ts';
import { checkCreditCode, creditCodeProblem } from '#shared/reference/credit-code.ts';

const reference = filingReference(dynamo(), env.recordsTable());

export const handler = httpRouter([
  httpRoute(api.profile, async ({ caller, params }) => {
    const profile = await reference.profile(caller.tenant, params.agency);
    if (!profile) throw notFound(`agency ${params.agency} has no published inspection-item list`);
    return { body: profile };
  }),
  httpRoute(api.putProfile, async ({ caller, params, body }) => {
    await reference.putProfile(caller.tenant, params.agency, body);
    return { body };
  }),
  httpRoute(api.officers, async ({ caller, query }) => ({ body: { officers: await reference.officersOf(caller.tenant, query.agency) } })),
  httpRoute(api.putOfficer, async ({ caller, params, body }) => {
    if (body.certificateValidTo < body.certificateValidFrom) throw badRequest('invalid body', [{ path: 'body.certificateValidTo', message: 'ends before it starts' }]);
    const officer = { ...body, id: params.id };
    await reference.putOfficer(caller.tenant, officer);
    return { body: officer };
  }),
  httpRoute(api.enterprise, async ({ caller, params }) => {
    const enterprise = await reference.enterprise(caller.tenant, params.creditCode);
    if (!enterprise) throw notFound(`no enterprise ${params.creditCode}`);
    return { body: enterprise };
  }),
  httpRoute(api.enterprises, async ({ caller, query }) => ({ body: await reference.enterprises(caller.tenant, query) })),
  httpRoute(api.putEnterprise, async ({ caller, params, body }) => {
    const check = checkCreditCode(params.creditCode);
    const problem = creditCodeProblem(params.creditCode);
    if (!check.valid && check.reason !== 'check_character') throw badRequest('invalid unified social credit code', [{ path: 'path.creditCode', message: problem! }]);
    // Some real codes fail the check character; an admin may accept one, and the reason is kept.
    if (!check.valid && !body.creditCodeOverride) {
      throw unprocessable(problem!, [{ path: 'path.creditCode', message: `${problem}; send creditCodeOverride with a reason to accept it anyway` }], { expected: check.expected }, 'check_character');
    }
    const enterprise = { ...body, creditCode: params.creditCode, ...(check.valid ? { creditCodeOverride: undefined } : {}) };
    await reference.putEnterprise(caller.tenant, enterprise);
    return { body: enterprise };
  }),
]);
