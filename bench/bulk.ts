import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startEmbeddedServices } from '#infra/local/embedded-services.ts';
import { provisionTables } from '#infra/local/provision.ts';
import { resourceNames } from '#infra/local/resource-names.ts';
import { meteredClient } from './read-meter.ts';

type Metered = ReturnType<typeof meteredClient>;

/** Puts rows 25 to a request with `concurrency` requests in flight, resending what DynamoDB leaves unprocessed. */
export const putAll = async (db: DynamoDBDocumentClient, table: string, rows: readonly Record<string, unknown>[], concurrency = 4) => {
  let next = 0;
  const worker = async () => {
    for (let start = (next += 25) - 25; start < rows.length; start = (next += 25) - 25) {
      let pending = rows.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
      while (pending.length) pending = ((await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }))).UnprocessedItems?.[table] ?? []) as typeof pending;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
};

/**
 * Runs one size of a read-cost bench on a DynamoDB Local of its own (one emulator holding every size loads the
 * largest several times slower), with a metered client and a function that provisions a table by name.
 */
export const onOwnEmulator = async <T>(run: (metered: Metered & { table: (name: string) => Promise<string> }) => Promise<T>) => {
  const services = await startEmbeddedServices();
  const metered = meteredClient(services.dynamodbEndpoint);
  const table = async (name: string) => {
    const names = resourceNames(name);
    await provisionTables(metered.client, names);
    return names.table('Records');
  };
  try {
    return await run({ ...metered, table });
  } finally {
    metered.client.destroy();
    await services.stop();
  }
};
