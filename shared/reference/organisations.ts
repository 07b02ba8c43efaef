import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';

/** Organisations inside a tenant: the bureau (司法局) and its sections (股室), judicial offices (司法所), enforcement agencies (行政执法部门). */
export const Organisation = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,64}$/),
  kind: z.enum(['bureau', 'section', 'office', 'agency']),
  name: z.string().min(1),
});
export type Organisation = z.infer<typeof Organisation>;

/** An inspected enterprise, known by its unified social credit code; it has no account. */
export const Enterprise = z.object({ creditCode: z.string().length(18), name: z.string().min(1), address: z.string() });
export type Enterprise = z.infer<typeof Enterprise>;

const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

export const referenceData = (db: DynamoDBDocumentClient, tableName: string) => {
  const putAll = async (items: Record<string, unknown>[]) => {
    for (const batch of chunks(items, 25)) {
      let pending = batch.map((Item) => ({ PutRequest: { Item } }));
      while (pending.length) {
        const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
        pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
    }
  };
  return {
    putOrganisations: (tenant: TenantCode, organisations: Organisation[]) =>
      putAll(organisations.map((o) => ({ pk: tenantKey(tenant, 'ORG'), sk: o.id, ...o }))),
  };
};
