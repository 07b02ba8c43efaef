import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../events/catalog.ts';
import { outboxPut } from '../events/outbox.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A condition of the transaction did not hold (stale version, duplicate id …); nothing was written. */
export class TransactionRefused extends Error {
  constructor(readonly reasons: (string | undefined)[]) {
    super(`transaction refused: ${reasons.join(', ')}`);
  }
}

/** Writes the records and the events describing them atomically (transactional outbox). */
export const commit = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  items: TransactItem[],
  events: readonly DomainEvent[],
): Promise<void> => {
  try {
    await db.send(new TransactWriteCommand({ TransactItems: [...items, ...events.map((event) => outboxPut(tableName, event))] }));
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
      throw new TransactionRefused(reasons.map((reason) => reason.Code));
    }
    throw error;
  }
};
