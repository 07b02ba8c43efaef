/**
 * `npm run dlq:redrive -- <consumer> [--max N]`: moves the messages in a consumer's dead-letter queue back
 * to its queue (infra/ops/redrive.ts), once the cause of their failure is fixed. SQS's own redrive does the
 * same in global regions; in the China regions it is not offered, and this works everywhere.
 *   In AWS: QUEUE_URLS is the stack's ConsumerQueueUrls output; region and credentials come from the AWS
 *   environment (AWS_PROFILE, AWS_REGION).
 *   Locally (no QUEUE_URLS): the running local stack (API_URL, or wherever npm start announced it) names its queues.
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { parseArgs } from 'node:util';
import { localAwsEnvironment } from '../local/local-aws.ts';
import { runningStackUrl } from '../local/running-stack.ts';
import { deadLetterQueueOf, redrive } from './redrive.ts';

const usage = 'usage: npm run dlq:redrive -- <consumer> [--max N]   (consumers: the QUEUE_URLS names, e.g. reporting, notifier)';
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const { positionals, values } = parseArgs({ allowPositionals: true, options: { max: { type: 'string' } } });
const [consumer] = positionals;
if (!consumer || positionals.length > 1) fail(usage);
const max = values.max === undefined ? undefined : Number(values.max);
if (max !== undefined && !(Number.isInteger(max) && max > 0)) fail(`--max must be a whole number above 0, not "${values.max}"`);

type Queues = Record<string, string>;
const target = async (): Promise<{ sqs: SQSClient; queues: Queues }> => {
  if (process.env.QUEUE_URLS) return { sqs: new SQSClient({}), queues: JSON.parse(process.env.QUEUE_URLS) as Queues };
  const base = await runningStackUrl();
  const local = await fetch(`${base}/_local/queues`).then(
    (response) => response.json() as Promise<{ sqsEndpoint: string; queues: Queues }>,
    () => fail(`no QUEUE_URLS, and no local stack answers at ${base} (start it with npm start, or set QUEUE_URLS from the stack's ConsumerQueueUrls output)`),
  );
  const credentials = { accessKeyId: localAwsEnvironment.AWS_ACCESS_KEY_ID, secretAccessKey: localAwsEnvironment.AWS_SECRET_ACCESS_KEY };
  return { sqs: new SQSClient({ endpoint: local.sqsEndpoint, region: localAwsEnvironment.AWS_REGION, credentials }), queues: local.queues };
};

const { sqs, queues } = await target();
const queueUrl = queues[consumer!] ?? fail(`no consumer "${consumer}"; consumers with queues: ${Object.keys(queues).join(', ')}`);
const report = await redrive(sqs, { queueUrl, deadLetterUrl: await deadLetterQueueOf(sqs, queueUrl), max });
console.log(`${consumer}: ${report.waiting} waiting in ${report.from}; moved ${report.moved} back to ${report.to}`);
for (const failure of report.failed) console.error(`  not moved: ${failure.id}: ${failure.reason}`);
process.exitCode = report.failed.length ? 1 : 0;
