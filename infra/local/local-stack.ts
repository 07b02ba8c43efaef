import path from 'node:path';
import { shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { devAuth } from './dev-auth.ts';
import type { DynamoDbLocal } from './dynamodb-local.ts';
import { startEmbeddedServices } from './embedded-services.ts';
import { examplePassword, exampleUsers } from './example-data.ts';
import { ensureWebBuilt } from './web-build.ts';
import { startRuntime } from './runtime.ts';
import { seedExampleActivity } from './example-activity.ts';
import { seedExampleData } from './seed.ts';
import type { DeadLetter } from './settled-checkpoint.ts';
import { fileCheckpoints, jsonFile } from './json-file.ts';
import { announceRunningStack } from './running-stack.ts';

/**
 * `npm start`'s stack (infra/local/start.ts launches DynamoDB Local first): queues, buckets, the runtime
 * and the web pages, the example data on a first start, and what to try printed once it is ready.
 */
export const startLocalStack = async ({ started, stateDir, port, dynamoDb }: { started: number; stateDir: string; port: number; dynamoDb: DynamoDbLocal }) => {
  // The web pages are built when their sources changed since the last build (a few seconds), then served by the gateway.
  // The runtime provisions queues and buckets while DynamoDB Local boots; each function loads on its first invocation.
  const [services] = await Promise.all([startEmbeddedServices({ objectsDir: path.join(stateDir, 's3'), waitForDynamoDb: false, dynamoDb }), ensureWebBuilt()]);
  let runtime: Awaited<ReturnType<typeof startRuntime>> | undefined;
  let withdrawAnnouncement = () => {};
  const stop = async () => {
    withdrawAnnouncement();
    await runtime?.stop();
    await services.stop();
  };
  try {
    const auth = await devAuth(path.join(stateDir, 'oidc-key-seeds.json'));
    runtime = await startRuntime({
      stage: 'local',
      services,
      auth,
      checkpoints: fileCheckpoints(path.join(stateDir, 'stream-checkpoints.json')),
      deadLetters: jsonFile<DeadLetter[]>(path.join(stateDir, 'dead-letters.json'), []),
      httpPort: port,
      // As in AWS, a message comes back 6× its function's timeout after a failed or lost delivery; a
      // shorter wait retries sooner after a crash; times the queue's receive count, it must outlast the function's timeout.
      visibilityTimeoutSeconds: process.env.LOCAL_VISIBILITY_TIMEOUT_SECONDS ? Number(process.env.LOCAL_VISIBILITY_TIMEOUT_SECONDS) : undefined,
    });
    const seeded = await seedExampleData();
    // Some work done through the services on first start, so reports and lists are not empty.
    const activity = seeded === 'loaded' ? await seedExampleActivity().then(() => 'done', (error: Error) => `skipped (${error.message})`) : undefined;
    withdrawAnnouncement = announceRunningStack(runtime.url);
    const tokens = await Promise.all(Object.entries(exampleUsers).map(async ([role, user]) => [role, user, await auth.sign(user, '30d')] as const));

    console.log(`
Judicial inspection platform — local stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s
  Web pages: ${runtime.url}/   sign in as ${Object.keys(exampleUsers).join(' / ')} with the password ${examplePassword}
  API:       ${runtime.url}
  DynamoDB:  ${services.dynamodbEndpoint}   SQS: ${services.sqsEndpoint}   S3: ${services.s3Endpoint}
  Example data (上高县 360923): ${seeded === 'loaded' ? `loaded; example activity ${activity}` : 'already present'}

  API reference: ${runtime.url}/docs   Sign-in issuer: ${runtime.url}/oidc (people an admin invites at /v1/users)

Tokens signed by that issuer for the example users (valid 30 days; export one and call the API):
${tokens.map(([role, user, token]) => `  ${role.padEnd(10)} ${user.organisation}\n  export TOKEN_${role.toUpperCase()}=${token}`).join('\n')}

  curl ${runtime.url}/health
  curl -H "Authorization: Bearer $TOKEN_ADMIN" ${runtime.url}/v1/me
  npm run schedule -- calendar-watch-daily ${shanghaiDate(new Date())}T09:00:00+08:00
  curl -H "Authorization: Bearer $TOKEN_SUPERVISOR" "${runtime.url}/v1/reports/checklists?year=${shanghaiDate(new Date()).slice(0, 4)}"

Ctrl-C stops everything.`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
};
