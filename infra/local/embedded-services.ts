import { createSqsServer } from 'local-aws-sqs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
// s3rver knows one key pair (S3RVER); ours is added to its one account, so every local client signs alike.
import s3rverAccounts from 's3rver/lib/models/account.js';
import { type DynamoDbLocal, launchDynamoDbLocal } from './dynamodb-local.ts';
import { localAwsEnvironment } from './local-aws.ts';
import { freePort } from './ports.ts';

export type ServiceEndpoints = {
  dynamodbEndpoint: string;
  sqsEndpoint: string;
  s3Endpoint: string;
  /** Settles when DynamoDB Local answers, where the services were started without waiting for it. */
  dynamodbReady?: Promise<void>;
};
export type EmbeddedServices = ServiceEndpoints & { stop(): Promise<void> };

/**
 * AWS's DynamoDB Local (Java), an in-process SQS-compatible server and an in-process S3-compatible
 * server (s3rver), on free ports. `dataDir` keeps DynamoDB data and `objectsDir` the S3 objects across
 * restarts; without them DynamoDB lives in memory and objects in a temporary folder removed on stop.
 * DynamoDB Local takes seconds to boot (a JVM); the other two start meanwhile. With `waitForDynamoDb: false`
 * the services return before it answers, and `dynamodbReady` says when it does. A DynamoDB Local launched
 * earlier (`npm start` launches it first thing) is taken as it is, and stopped with the rest.
 */
export const startEmbeddedServices = async (
  options: { dataDir?: string; objectsDir?: string; waitForDynamoDb?: boolean; dynamoDb?: DynamoDbLocal } = {},
): Promise<EmbeddedServices> => {
  const dynamoDb = options.dynamoDb ?? (await launchDynamoDbLocal({ dataDir: options.dataDir }));

  const sqsPort = await freePort();
  const sqsServer = await createSqsServer({ port: sqsPort, hostname: '127.0.0.1', region: localAwsEnvironment.AWS_REGION });

  s3rverAccounts.DUMMY_ACCOUNT.createKeyPair(localAwsEnvironment.AWS_ACCESS_KEY_ID, localAwsEnvironment.AWS_SECRET_ACCESS_KEY);
  const objectsDir = options.objectsDir ?? mkdtempSync(path.join(tmpdir(), 'judicial-s3-'));
  mkdirSync(objectsDir, { recursive: true });
  const s3Server = new S3rver({ port: 0, address: '127.0.0.1', directory: objectsDir, silent: true });
  const { port: s3Port } = await s3Server.run();
  if (options.waitForDynamoDb !== false) await dynamoDb.ready;

  return {
    dynamodbEndpoint: dynamoDb.endpoint,
    dynamodbReady: dynamoDb.ready,
    sqsEndpoint: `http://127.0.0.1:${sqsPort}`,
    s3Endpoint: `http://127.0.0.1:${s3Port}`,
    stop: async () => {
      await s3Server.close();
      if (!options.objectsDir) rmSync(objectsDir, { recursive: true, force: true });
      sqsServer.closeAllConnections();
      await new Promise((resolve) => sqsServer.close(resolve));
      await dynamoDb.stop();
    },
  };
};
