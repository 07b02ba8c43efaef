/**
 * `npm run tenant:add -- <division code> <bureau name> <admin login> <admin name>`: registers a bureau in a
 * deployed stage (or the local stack), adds its `bureau` organisation, and invites its first admin, printing
 * the one-time activation code to hand over. Tables come from RECORDS_TABLE and IDENTITY_TABLE, the endpoint
 * and credentials from the AWS environment. Running it again for the same bureau adds nothing twice.
 */
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { organisationStore } from '#shared/organisation/store.ts';
import { userService } from '#shared/people/service.ts';
import { UserInput } from '#shared/people/user.ts';
import { Tenant, tenantRegistry } from '#shared/tenancy/registry.ts';

const [code, name, login, adminName] = process.argv.slice(2);
const tenant = Tenant.safeParse({ code, name });
const admin = UserInput.safeParse({ login, name: adminName, organisation: 'bureau', roles: ['admin'] });
if (!tenant.success || !admin.success) {
  console.error('usage: npm run tenant:add -- <6-digit division code> <bureau name> <admin login> <admin name>');
  for (const issue of [...(tenant.error?.issues ?? []), ...(admin.error?.issues ?? [])]) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
const records = env.recordsTable();
const organisations = organisationStore(dynamo(), records);
if (!(await organisations.get(tenant.data.code, 'bureau'))) {
  await organisations.seed(tenant.data.code, [{ id: 'bureau', kind: 'bureau', name: tenant.data.name, contact: {}, active: true, version: 1 }]);
}
await tenantRegistry(dynamo(), records).put(tenant.data);
console.log(`registered ${tenant.data.code} ${tenant.data.name} in ${records}`);

const users = userService({ db: dynamo(), tables: { identityTable: env.identityTable(), recordsTable: records }, clock: systemClock, ids: ulidGenerator });
const operator = { userId: 'operator', name: '部署运维', tenant: tenant.data.code, organisation: 'bureau', roles: ['admin' as const] };
if ((await users.list(operator)).some((u) => u.login === admin.data.login)) {
  console.log(`${admin.data.login} exists already; an admin can reset it (POST /v1/users/{id}/reset)`);
} else {
  const { user, activation } = await users.invite(operator, admin.data);
  console.log(`invited ${user.name} (${user.login}) as admin. Activation code, shown once: ${activation.code} (valid until ${activation.expiresAt})`);
}
