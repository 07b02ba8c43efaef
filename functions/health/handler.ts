import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { dynamo, sqs } from '#shared/adapters/aws.ts';
import { env } from '#shared/config.ts';
import { checkHealth } from '#shared/health.ts';
import { platformApi } from '#shared/http/platform-api.ts';
import { publicRoute } from '#shared/http/route.ts';

export const handler = publicRoute(platformApi.health, async () => {
  const report = await checkHealth({
    table: () => dynamo().send(new DescribeTableCommand({ TableName: env.recordsTable() })),
    queues: Object.fromEntries(
      Object.entries(env.queueUrls()).map(([name, url]) => [
        name,
        () => sqs().send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] })),
      ]),
    ),
  });
  return { status: report.status === 'ok' ? 200 : 503, body: report };
});
