import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { awaitingLocalCommits, emulatedDynamoDb } from './dynamodb-local-commit.ts';

// Endpoints, region and credentials come from the environment (AWS_ENDPOINT_URL_DYNAMODB,
// AWS_ENDPOINT_URL_SQS, AWS_REGION …), so the same code talks to the embedded stack,
// LocalStack or AWS without a code change.
let dynamoClient: DynamoDBClient | undefined;
let documentClient: DynamoDBDocumentClient | undefined;
let sqsClient: SQSClient | undefined;

/** The plain client, for libraries that marshal items themselves (Powertools idempotency). */
export const dynamoRaw = (): DynamoDBClient => (dynamoClient ??= emulatedDynamoDb() ? awaitingLocalCommits(new DynamoDBClient({})) : new DynamoDBClient({}));

export const dynamo = (): DynamoDBDocumentClient =>
  (documentClient ??= DynamoDBDocumentClient.from(dynamoRaw(), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  }));

export const sqs = (): SQSClient => (sqsClient ??= new SQSClient({}));

let s3Client: S3Client | undefined;
// AWS_ENDPOINT_URL_S3 points it at the embedded S3 server or LocalStack; an IP endpoint gets path-style URLs.
export const s3 = (): S3Client => (s3Client ??= new S3Client({}));
