import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { awaitingLocalCommits, emulatedDynamoDb } from '#shared/adapters/dynamodb-local-commit.ts';

/** A DynamoDB endpoint that records the operations it is sent, in order, and answers each as told. */
const recordingClient = (answer: (operation: string) => { status: number; body: object } = () => ({ status: 200, body: {} })) => {
  const sent: { operation: string; body: Record<string, unknown> }[] = [];
  const client = new DynamoDBClient({
    region: 'cn-north-1',
    endpoint: 'http://127.0.0.1:1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { headers: Record<string, string>; body: string | Uint8Array }) => {
        const operation = request.headers['x-amz-target']!.split('.')[1]!;
        sent.push({ operation, body: JSON.parse(typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body)) });
        const { status, body } = answer(operation);
        return { response: { statusCode: status, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: Readable.from([Buffer.from(JSON.stringify(body))]) } };
      },
    },
  });
  return { client, sent };
};

const transaction = new TransactWriteCommand({ TransactItems: [{ Put: { TableName: 'records', Item: { pk: 'a', sk: 'b' } } }, { Put: { TableName: 'records', Item: { pk: 'c', sk: 'd' } } }] });

describe('waiting for DynamoDB Local to commit a transaction it has acknowledged', () => {
  it('reads one row of the table after each transaction, so the answer comes once the commit has run', async () => {
    const { client, sent } = recordingClient();
    await DynamoDBDocumentClient.from(awaitingLocalCommits(client)).send(transaction);
    expect(sent.map((s) => s.operation)).toEqual(['TransactWriteItems', 'Scan']);
    expect(sent[1]!.body).toEqual({ TableName: 'records', Limit: 1, Select: 'COUNT' });
  });

  it('reads nothing after a refused transaction (nothing to commit) or after a single write (committed when answered)', async () => {
    const { client, sent } = recordingClient((operation) =>
      operation === 'TransactWriteItems' ? { status: 400, body: { __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException', message: 'refused' } } : { status: 200, body: {} },
    );
    const awaiting = awaitingLocalCommits(client);
    await expect(DynamoDBDocumentClient.from(awaiting).send(transaction)).rejects.toThrow('refused');
    await awaiting.send(new PutItemCommand({ TableName: 'records', Item: { pk: { S: 'a' }, sk: { S: 'b' } } }));
    expect(sent.map((s) => s.operation)).toEqual(['TransactWriteItems', 'PutItem']);
  });
});

describe('whether DynamoDB is an emulator', () => {
  it.each([
    [{}, false],
    [{ AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8123' }, true],
    [{ AWS_ENDPOINT_URL: 'http://localhost:4566' }, true],
    [{ AWS_ENDPOINT_URL_DYNAMODB: 'https://dynamodb.cn-north-1.amazonaws.com.cn' }, false],
    [{ AWS_ENDPOINT_URL_DYNAMODB: 'https://dynamodb-fips.us-east-1.amazonaws.com' }, false],
    [{ AWS_ENDPOINT_URL_DYNAMODB: 'https://dynamodb.cn-north-1.amazonaws.com.cn', DYNAMODB_LOCAL_AWAIT_COMMIT: 'true' }, true],
    [{ AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8123', DYNAMODB_LOCAL_AWAIT_COMMIT: 'false' }, false],
  ])('%j → %s', (env, emulated) => expect(emulatedDynamoDb(env)).toBe(emulated));
});
