import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unprocessable } from '../http/errors.ts';
import type { TransactItem } from '../store/transaction.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { organisationKey, organisationStore } from './store.ts';

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
    /**
     * The same rule as a condition of the transaction that gives the work, so nothing is read on the way and an
     * organisation deactivated meanwhile cannot receive it; when refused, `require` says why. Seeded rows
     * without `active` are active.
     */
    condition: (tenant: TenantCode, id: string): TransactItem => ({
      ConditionCheck: {
        TableName: tableName,
        Key: organisationKey(tenant, id),
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(active) OR active = :yes)',
        ExpressionAttributeValues: { ':yes': true },
      },
    }),
  };
};
