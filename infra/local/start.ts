import path from 'node:path';
import { launchDynamoDbLocal } from './dynamodb-local.ts';
import { localStateDir } from './running-stack.ts';

/**
 * `npm start`: the whole system on the embedded stack, data kept under .local/ between runs.
 * DynamoDB Local (Java) takes seconds to boot, so it is launched first thing, from modules that load
 * nothing heavy; the stack's own modules (a second or more of loading) come after, while Java boots.
 */
const started = Date.now();
const stateDir = localStateDir();
// Awaited before the import below: loading modules would hold back the port check and the launch.
const dynamoDb = await launchDynamoDbLocal({ dataDir: path.join(stateDir, 'dynamodb'), quickStart: true });

let stack: { stop(): Promise<void> } | undefined;
let stopping = false;
const shutdown = async (signal: string) => {
  // A terminal may deliver the signal more than once; stop only once.
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await (stack ?? dynamoDb).stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const { startLocalStack } = await import('./local-stack.ts');
  stack = await startLocalStack({ started, stateDir, port: Number(process.env.PORT ?? 3000), dynamoDb });
} catch (error) {
  console.error(error);
  // The stack has stopped what it started; Java too, unless it failed before taking it over.
  await dynamoDb.stop();
  process.exit(1);
}
