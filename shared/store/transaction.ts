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

// Attempts when the only reason is another transaction in flight on one of the items (its lock, not its values).
const attemptsOnConflict = 4;

/**
 * Writes the records and the events describing them atomically (transactional outbox). A transaction cancelled only
 * because another one held one of its items (`TransactionConflict`, e.g. two assignments checking the same organisation)
 * wrote nothing and is sent again after a short random wait, its conditions checked afresh; any failed condition is
 * the caller's (`TransactionRefused`).
 */
export const commit = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  items: TransactItem[],
  events: readonly DomainEvent[],
): Promise<void> => {
  const transactItems = [...items, ...events.map((event) => outboxPut(tableName, event))];
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.send(new TransactWriteCommand({ TransactItems: transactItems }));
      return;
    } catch (error) {
      if ((error as Error).name !== 'TransactionCanceledException') throw error;
      const reasons = ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((reason) => reason.Code);
      const onlyConflicts = reasons.includes('TransactionConflict') && reasons.every((code) => code === 'None' || code === 'TransactionConflict');
      if (!onlyConflicts || attempt === attemptsOnConflict) throw new TransactionRefused(reasons);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * attempt));
    }
  }
};
