import { dynamo } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { starterTemplates } from '#shared/checklist/starter-templates.ts';
import { targetStore } from '#shared/checklist/targets.ts';
import { TemplateContent } from '#shared/checklist/template.ts';
import { templateStore } from '#shared/checklist/template-store.ts';
import { organisationStore } from '#shared/organisation/store.ts';
import { tenantRegistry } from '#shared/tenancy/registry.ts';
import { hashPassword } from '#shared/people/passwords.ts';
import { userStore } from '#shared/people/store.ts';
import { exampleAgencyProfiles, exampleEnterprises, exampleNoDisturb, exampleOfficers, exampleOrganisations, examplePassword, exampleTenant, exampleUsers } from './example-data.ts';
import { filingReference } from '#shared/filing/reference-store.ts';

/**
 * Loads the example county into the table the environment names, unless it is there already.
 * Runs against the embedded stack, LocalStack or a deployed stage alike.
 */
export const seedExampleData = async (): Promise<'loaded' | 'present'> => {
  const table = env.recordsTable();
  const tenants = tenantRegistry(dynamo(), table);
  if ((await tenants.list()).some((t) => t.code === exampleTenant.code)) return 'present';
  await organisationStore(dynamo(), table).seed(exampleTenant.code, exampleOrganisations);
  const filing = filingReference(dynamo(), table);
  for (const enterprise of exampleEnterprises) await filing.putEnterprise(exampleTenant.code, { ...enterprise, noDisturb: exampleNoDisturb.includes(enterprise.creditCode) });
  for (const [agency, profile] of Object.entries(exampleAgencyProfiles)) await filing.putProfile(exampleTenant.code, agency, profile);
  for (const officer of exampleOfficers) await filing.putOfficer(exampleTenant.code, officer);
  const templates = templateStore(dynamo(), table);
  for (const { id, content } of starterTemplates) {
    const parsed = TemplateContent.parse(content);
    await templates.create(
      exampleTenant.code,
      { templateId: id, kind: parsed.kind, title: parsed.title, latestVersion: 1, publishedVersion: 1 },
      { templateId: id, version: 1, status: 'published', content: parsed, publishedAt: new Date().toISOString() },
      [],
    );
  }
  // Seed 004: the share of judicial offices meeting the standard, 2022–2024.
  const targets = targetStore(dynamo(), table);
  for (const [year, share] of [[2022, 0.6], [2023, 0.8], [2024, 1]] as const) await targets.put(exampleTenant.code, { kind: 'office-standardization', year, share });
  const users = userStore(dynamo(), { identityTable: env.identityTable(), recordsTable: table });
  const passwordHash = await hashPassword(examplePassword);
  for (const [login, user] of Object.entries(exampleUsers)) {
    if (await users.byLogin(login)) continue;
    const { userId: id, name, tenant, organisation, roles } = user;
    await users.create({ id, login, name, tenant, organisation, roles, status: 'active', version: 1, createdAt: new Date().toISOString(), passwordHash, failedSignIns: 0 }, []);
  }
  await tenants.put(exampleTenant); // last: its presence means everything above is there
  return 'loaded';
};
