import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { filingReference } from '../filing/reference-store.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import type { Organisation } from './organisation.ts';
import { organisationStore } from './store.ts';

/** What a person reads for an organisation id (敖阳司法所, not office-aoyang), and the bureau's name workbooks print under. */
export type OrganisationNames = ((id: string) => string) & { bureau: string };

/**
 * Names by id, including the ids reports and items make up: `enterprises:<agency>` (the enterprises an agency follows
 * up) and `enterprise:<credit code>`. An id nobody knows (a deleted test organisation) is shown as it is.
 */
export const organisationNames = (
  organisations: readonly (Pick<Organisation, 'id' | 'name'> & Partial<Pick<Organisation, 'kind'>>)[],
  enterprises: ReadonlyMap<string, string> = new Map(),
  bureauWithoutName = '司法局',
): OrganisationNames => {
  const byId = new Map(organisations.map((o) => [o.id, o.name]));
  const name = (id: string): string => {
    if (id.startsWith('enterprises:')) return `${name(id.slice('enterprises:'.length))}督促的企业`;
    if (id.startsWith('enterprise:')) {
      const creditCode = id.slice('enterprise:'.length);
      return enterprises.get(creditCode) ?? `企业（${creditCode}）`;
    }
    return byId.get(id) ?? id;
  };
  return Object.assign(name, { bureau: organisations.find((o) => o.kind === 'bureau')?.name ?? bureauWithoutName });
};

/** The tenant's organisations by name, and the enterprises named by credit code (read one by one: only those given). */
export const organisationNamesOf = async (db: DynamoDBDocumentClient, tableName: string, tenant: TenantCode, creditCodes: Iterable<string> = []) => {
  const reference = filingReference(db, tableName);
  const [organisations, enterprises] = await Promise.all([
    organisationStore(db, tableName).list(tenant),
    Promise.all([...new Set(creditCodes)].map(async (code) => [code, (await reference.enterprise(tenant, code))?.name] as const)),
  ]);
  // A tenant without a bureau organisation set up prints under its code.
  return organisationNames(organisations, new Map(enterprises.filter((e): e is readonly [string, string] => e[1] !== undefined)), `${tenant} 司法局`);
};

/** The items' enterprises (responsible as `enterprise:<credit code>`), whose names are read with the organisations'. */
export const enterprisesOf = (items: readonly { responsibility: { organisation: string } }[]) =>
  items.map((i) => i.responsibility.organisation).filter((o) => o.startsWith('enterprise:')).map((o) => o.slice('enterprise:'.length));
