import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  ResourceNotFoundException,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { BucketAlreadyOwnedByYou, CreateBucketCommand, PutBucketCorsCommand, type S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { recordsTable, type TableSchema, tables } from '#shared/store/table-schema.ts';
import { defaultMaxReceiveCount, defaultTimeoutSeconds, type FunctionEntry } from '../wiring.ts';
import type { ResourceNames } from './resource-names.ts';
import { evidenceCors } from '../evidence-cors.ts';

type IndexSchema = NonNullable<TableSchema['indexes']>[number];
const indexOf = (index: IndexSchema): GlobalSecondaryIndex => ({
  IndexName: index.name,
  KeySchema: [
    { AttributeName: index.partitionKey, KeyType: 'HASH' },
    { AttributeName: index.sortKey, KeyType: 'RANGE' },
  ],
  Projection: { ProjectionType: index.projection === 'keys-only' ? 'KEYS_ONLY' : 'ALL' },
});
const keyAttributes = (keys: (string | undefined)[]) => [...new Set(keys.filter((k): k is string => !!k))].map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const }));

/**
 * Creates the tables as the CDK stack declares them (same schema module), if they do not exist yet; a
 * table an earlier start made gets the indexes declared since (as `cdk deploy` adds them), one at a time.
 */
export const provisionTables = async (db: DynamoDBClient, names: ResourceNames) => {
  // Asked all at once, and described before any is created: a later start finds every table there.
  const described = await Promise.all(tables.map((schema) => provisionTable(db, names.table(schema.id), schema)));
  return { recordsStreamArn: described[tables.indexOf(recordsTable)]?.LatestStreamArn };
};

const provisionTable = async (db: DynamoDBClient, TableName: string, schema: TableSchema): Promise<TableDescription | undefined> => {
  try {
    const { Table } = await db.send(new DescribeTableCommand({ TableName }));
    await addMissingIndexes(db, TableName, schema, new Set(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName)));
    return Table;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const keys = [schema.partitionKey, schema.sortKey, ...(schema.indexes ?? []).flatMap((i) => [i.partitionKey, i.sortKey])];
  const { TableDescription } = await db.send(
    new CreateTableCommand({
      TableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyAttributes(keys),
      KeySchema: [
        { AttributeName: schema.partitionKey, KeyType: 'HASH' },
        ...(schema.sortKey ? [{ AttributeName: schema.sortKey, KeyType: 'RANGE' as const }] : []),
      ],
      GlobalSecondaryIndexes: schema.indexes?.map(indexOf),
      StreamSpecification: schema.id === recordsTable.id ? { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } : undefined,
    }),
  );
  await db.send(new UpdateTimeToLiveCommand({ TableName, TimeToLiveSpecification: { Enabled: true, AttributeName: schema.timeToLiveAttribute } }));
  return TableDescription;
};

const addMissingIndexes = async (db: DynamoDBClient, TableName: string, schema: TableSchema, existing: Set<string | undefined>) => {
  for (const index of schema.indexes ?? []) {
    if (existing.has(index.name)) continue;
    await db.send(
      new UpdateTableCommand({ TableName, AttributeDefinitions: keyAttributes([index.partitionKey, index.sortKey]), GlobalSecondaryIndexUpdates: [{ Create: indexOf(index) }] }),
    );
  }
};

export type ProvisionedQueue = { url: string; arn: string; deadLetterUrl: string; visibilityTimeoutSeconds: number };

/** Creates each consumer's queue and DLQ with the redrive and visibility timeout the CDK construct gives them. */
export const provisionQueues = async (
  client: SQSClient,
  names: ResourceNames,
  specs: readonly FunctionEntry[],
  visibilityTimeoutSeconds?: number,
): Promise<Map<string, ProvisionedQueue>> => {
  const queues = new Map<string, ProvisionedQueue>();
  for (const [name, spec] of specs) {
    if (!spec.consumes) continue;
    const dlq = await client.send(new CreateQueueCommand({ QueueName: names.deadLetterQueue(name), Attributes: { MessageRetentionPeriod: '1209600' } }));
    const dlqArn = await arnOf(client, dlq.QueueUrl!);
    const visibility = visibilityTimeoutSeconds ?? (spec.timeoutSeconds ?? defaultTimeoutSeconds) * 6;
    const queue = await client.send(
      new CreateQueueCommand({
        QueueName: names.queue(name),
        Attributes: {
          VisibilityTimeout: String(visibility),
          MessageRetentionPeriod: '1209600',
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: spec.consumes.maxReceiveCount ?? defaultMaxReceiveCount }),
        },
      }),
    );
    queues.set(name, { url: queue.QueueUrl!, arn: await arnOf(client, queue.QueueUrl!), deadLetterUrl: dlq.QueueUrl!, visibilityTimeoutSeconds: visibility });
  }
  return queues;
};

const arnOf = async (client: SQSClient, url: string) =>
  (await client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;

/** The report and evidence buckets; evidence takes browser uploads (presigned POST) from the web origins. */
export const provisionBuckets = async (client: S3Client, names: ResourceNames, webOrigins: string[]) => {
  const buckets = { reports: names.bucket('reports'), evidence: names.bucket('evidence') };
  for (const Bucket of Object.values(buckets)) {
    await client.send(new CreateBucketCommand({ Bucket })).catch((error: unknown) => {
      if (!(error instanceof BucketAlreadyOwnedByYou) && (error as Error).name !== 'BucketAlreadyExists') throw error;
    });
  }
  const rule = { AllowedOrigins: webOrigins, AllowedMethods: [...evidenceCors.methods], AllowedHeaders: [...evidenceCors.headers], ExposeHeaders: [...evidenceCors.exposedHeaders], MaxAgeSeconds: evidenceCors.maxAgeSeconds };
  await client.send(new PutBucketCorsCommand({ Bucket: buckets.evidence, CORSConfiguration: { CORSRules: [rule] } }));
  return buckets;
};
