import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { commit, TransactionRefused } from '#shared/store/transaction.ts';

/** A client whose transactions are cancelled for these reasons, one list per attempt, then succeed. */
const cancelling = (...attempts: string[][]) => {
  const sent: unknown[] = [];
  const db = {
    send: async (command: { input: unknown }) => {
      sent.push(command.input);
      const reasons = attempts[sent.length - 1];
      if (reasons) throw Object.assign(new Error('cancelled'), { name: 'TransactionCanceledException', CancellationReasons: reasons.map((Code) => ({ Code })) });
      return {};
    },
  } as unknown as DynamoDBDocumentClient;
  return { db, sent };
};
const items = [{ Put: { TableName: 'records', Item: { pk: 'a', sk: 'ITEM' }, ConditionExpression: 'attribute_not_exists(pk)' } }, { ConditionCheck: { TableName: 'records', Key: { pk: 'org', sk: 'x' }, ConditionExpression: 'attribute_exists(pk)' } }];

describe('commit', () => {
  it('sends again a transaction cancelled only because another held one of its items', async () => {
    const { db, sent } = cancelling(['None', 'TransactionConflict'], ['TransactionConflict', 'None']);
    await commit(db, 'records', items, []);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual(sent[0]);
  });

  it('refuses at once when a condition failed, even beside a conflict', async () => {
    const { db, sent } = cancelling(['ConditionalCheckFailed', 'TransactionConflict']);
    await expect(commit(db, 'records', items, [])).rejects.toEqual(new TransactionRefused(['ConditionalCheckFailed', 'TransactionConflict']));
    expect(sent).toHaveLength(1);
  });

  it('gives up after a few conflicts in a row, refused', async () => {
    const { db, sent } = cancelling(...Array.from({ length: 10 }, () => ['TransactionConflict', 'None']));
    await expect(commit(db, 'records', items, [])).rejects.toBeInstanceOf(TransactionRefused);
    expect(sent).toHaveLength(4);
  });
});
