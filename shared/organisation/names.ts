import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { filingReference } from '../filing/reference-store.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { organisationNames } from './display-names.ts';
import { organisationStore } from './store.ts';

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
