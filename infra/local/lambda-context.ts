import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { localAwsEnvironment } from './local-aws.ts';

/** The Context Lambda would pass: a request id and a deadline from the function's declared timeout. */
export const lambdaContext = (functionName: string, timeoutSeconds: number): Context => {
  const deadline = Date.now() + timeoutSeconds * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws-cn:lambda:${localAwsEnvironment.AWS_REGION}:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};

export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;
