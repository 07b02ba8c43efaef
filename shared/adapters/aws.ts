import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// Endpoints, region and credentials come from the environment (AWS_ENDPOINT_URL_DYNAMODB,
// AWS_ENDPOINT_URL_SQS, AWS_REGION …), so the same code talks to the embedded stack,
// LocalStack or AWS without a code change.
let dynamoClient: DynamoDBClient | undefined;
let documentClient: DynamoDBDocumentClient | undefined;
let sqsClient: SQSClient | undefined;

/** The plain client, for libraries that marshal items themselves (Powertools idempotency). */
export const dynamoRaw = (): DynamoDBClient => (dynamoClient ??= new DynamoDBClient({}));

export const dynamo = (): DynamoDBDocumentClient =>
  (documentClient ??= DynamoDBDocumentClient.from(dynamoRaw(), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  }));

export const sqs = (): SQSClient => (sqsClient ??= new SQSClient({}));
