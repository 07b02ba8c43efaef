/**
 * `npm run tenant:add -- <division code> <bureau name>`: registers a bureau in a deployed stage (or the
 * local stack). The table comes from RECORDS_TABLE, the endpoint and credentials from the AWS environment.
 */
import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { Tenant, tenantRegistry } from '#shared/tenancy/registry.ts';

const [code, name] = process.argv.slice(2);
const tenant = Tenant.safeParse({ code, name });
if (!tenant.success) {
  console.error('usage: npm run tenant:add -- <6-digit division code> <bureau name>');
  for (const issue of tenant.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
await tenantRegistry(dynamo(), env.recordsTable()).put(tenant.data);
console.log(`registered ${tenant.data.code} ${tenant.data.name} in ${env.recordsTable()}`);
