import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { referenceData } from '#shared/reference/organisations.ts';
import { tenantRegistry } from '#shared/tenancy/registry.ts';
import { exampleEnterprises, exampleOrganisations, exampleTenant } from './example-data.ts';

/**
 * Loads the example county into the table the environment names, unless it is there already.
 * Runs against the embedded stack, LocalStack or a deployed stage alike.
 */
export const seedExampleData = async (): Promise<'loaded' | 'present'> => {
  const table = env.recordsTable();
  const tenants = tenantRegistry(dynamo(), table);
  if ((await tenants.list()).some((t) => t.code === exampleTenant.code)) return 'present';
  const reference = referenceData(dynamo(), table);
  await reference.putOrganisations(exampleTenant.code, exampleOrganisations);
  await reference.putEnterprises(exampleTenant.code, exampleEnterprises);
  await tenants.put(exampleTenant); // last: its presence means everything above is there
  return 'loaded';
};
