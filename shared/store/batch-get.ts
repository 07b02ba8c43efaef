import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Every item of `keys` that exists, 100 keys a request, unprocessed keys asked again. Consistent reads unless
 * told otherwise: a listing that may lag a second behind (an export) reads at half the cost.
 */
export const batchGet = async (db: DynamoDBDocumentClient, tableName: string, keys: Record<string, unknown>[], { consistent = true } = {}) => {
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + 100);
    while (pending?.length) {
      const answer: BatchGetCommandOutput = await db.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: consistent } } }));
      found.push(...(answer.Responses?.[tableName] ?? []));
      pending = answer.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return found;
};
