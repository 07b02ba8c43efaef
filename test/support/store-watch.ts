import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { dynamo, sqs } from '#shared/adapters/aws.ts';

/** Every item of the tables, by key: what a request may have written. */
export type StoreSnapshot = Map<string, string>;

/**
 * Watches what the local stack stores, to prove that a refused request wrote nothing. Consumers write
 * after accepted requests, later; `quiet` waits until they are done, so their writes are not blamed
 * on the next request.
 */
export const storeWatch = (tables: string[], queueUrls: string[]) => {
  const snapshot = async (): Promise<StoreSnapshot> => {
    const items: StoreSnapshot = new Map();
    for (const TableName of tables) {
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await dynamo().send(new ScanCommand({ TableName, ExclusiveStartKey, ConsistentRead: true }));
        for (const item of page.Items ?? []) items.set(`${TableName} ${JSON.stringify([item.pk ?? item.id, item.sk])}`, JSON.stringify(item));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
    }
    return items;
  };
  const queued = async () => {
    const depths = await Promise.all(
      queueUrls.map(async (QueueUrl) => {
        // ApproximateNumberOfMessages counts in-flight messages too on the local server.
        const { Attributes = {} } = await sqs().send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
        return Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible);
      }),
    );
    return depths.reduce((a, b) => a + b, 0);
  };
  return {
    snapshot,
    /** Until the queues are empty and two snapshots a moment apart agree; a consumer that never settles fails. */
    quiet: async (timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      for (let previous = ''; ; ) {
        await sleep(150);
        const current = JSON.stringify([...(await snapshot())]);
        const waiting = await queued();
        if (current === previous && waiting === 0) return;
        if (Date.now() > deadline) throw new Error(`consumers did not settle within ${timeoutMs} ms (${waiting} messages queued)`);
        previous = current;
      }
    },
  };
};

/** The keys added, changed or removed between two snapshots. */
export const changedKeys = (before: StoreSnapshot, after: StoreSnapshot) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key));
