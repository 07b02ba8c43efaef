import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unprocessable } from '../http/errors.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { organisationStore } from './store.ts';

/**
 * Everything that gives work to an organisation asks this first: it must exist in the caller's bureau
 * and be active. `field` is where the request named it (`body.responsibility.organisation`).
 */
export const activeOrganisations = (db: DynamoDBDocumentClient, tableName: string) => {
  const store = organisationStore(db, tableName);
  return {
    require: async (tenant: TenantCode, id: string, field: string) => {
      const found = await store.get(tenant, id);
      if (!found) throw unprocessable(`no organisation ${id} in this bureau`, [{ path: field, message: 'is not an organisation of this bureau' }], {}, 'organisation_unknown');
      if (!found.active) throw unprocessable(`${found.name} is deactivated`, [{ path: field, message: 'is deactivated and takes no new work' }], {}, 'organisation_inactive');
      return found;
    },
  };
};
