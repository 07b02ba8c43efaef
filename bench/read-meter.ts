import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localAwsEnvironment } from '#infra/local/local-aws.ts';

const reads = new Set(['QueryCommand', 'GetItemCommand', 'BatchGetItemCommand', 'ScanCommand']);

/** Whether a DynamoDB command writes (each of these is one write request, however many items it holds). */
export const isWriteCommand = (commandName: string | undefined) => /^(TransactWriteItems|PutItem|UpdateItem|DeleteItem|BatchWriteItem)Command$/.test(commandName ?? '');

/**
 * A DynamoDB client for benchmarks that counts what reads cost: requests, items returned and read
 * capacity units as DynamoDB (Local) reports them. `reset()` starts a new measurement.
 */
export const meteredClient = (endpoint: string) => {
  const client = new DynamoDBClient({ endpoint, region: localAwsEnvironment.AWS_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const meter = { capacity: 0, requests: 0, itemsRead: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!reads.has(context.commandName ?? '')) return next(args);
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[]; Items?: unknown[]; Item?: unknown };
      const consumed = Array.isArray(output.ConsumedCapacity) ? output.ConsumedCapacity : output.ConsumedCapacity ? [output.ConsumedCapacity] : [];
      meter.capacity += consumed.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      meter.requests += 1;
      meter.itemsRead += output.Items?.length ?? (output.Item ? 1 : 0);
      return result;
    },
    { step: 'initialize', name: 'countReads' },
  );
  const db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return {
    client,
    db,
    reset: () => Object.assign(meter, { capacity: 0, requests: 0, itemsRead: 0 }),
    reading: () => ({ readRequests: meter.requests, itemsRead: meter.itemsRead, readCapacityUnits: Number(meter.capacity.toFixed(1)) }),
  };
};
