import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '#infra/local/ports.ts';
import { localAwsEnvironment } from '#infra/local/local-aws.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** `npm start` as its own process group, so `kill -9` can take it down whole (Node and Java). */
const startLocalStack = async (stateDir: string, port: number) => {
  const child: ChildProcess = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['infra/local/start.ts'], {
    cwd: repoRoot,
    // Deliveries cut short by the kill are retried after the visibility timeout, once Powertools'
    // in-progress marks (up to a function's 60 s timeout) have lapsed; 25 s instead of 180–360 s keeps the test short.
    env: { ...process.env, LOCAL_STATE_DIR: stateDir, PORT: String(port), POWERTOOLS_LOG_LEVEL: 'ERROR', LOCAL_VISIBILITY_TIMEOUT_SECONDS: '25' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!output.includes('local stack ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output.slice(-3000)}`);
    await sleep(200);
  }
  const sqs = new SQSClient({
    endpoint: /SQS: (\S+)/.exec(output)![1],
    region: localAwsEnvironment.AWS_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const { QueueUrls = [] } = await sqs.send(new ListQueuesCommand({}));
  return {
    url: `http://127.0.0.1:${port}`,
    token: /export TOKEN_SUPERVISOR=(\S+)/.exec(output)![1]!,
    /** Messages waiting or in flight in every queue, DLQs included. */
    queued: async () => {
      const depths = await Promise.all(
        QueueUrls.map(async (QueueUrl) => {
          const { Attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
          return Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible);
        }),
      );
      return depths.reduce((a, b) => a + b, 0);
    },
    kill9: () => {
      sqs.destroy();
      process.kill(-child.pid!, 'SIGKILL');
      return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    },
    stop: () => {
      sqs.destroy();
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
      return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    },
  };
};

const assignment = (n: number) => ({
  problem: { title: `崩溃测试事项 ${n}`, description: '' },
  measures: [],
  responsibility: { organisation: ['office-aoyang', 'office-sixi', 'office-jinjiang'][n % 3] },
  severity: 'major',
  deadline: { workingDays: 10 },
  evidence: [],
});

describe('a crash of the whole local stack (kill -9 under load)', () => {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'crash-'));
  let stack: Awaited<ReturnType<typeof startLocalStack>> | undefined;
  afterAll(async () => {
    await stack?.stop();
    if (!process.env.KEEP_CRASH_STATE) rmSync(stateDir, { recursive: true, force: true });
    else console.log('state kept in', stateDir);
  });

  it('loses no acknowledged write and no event: after a restart the reports equal the records', { timeout: 300_000 }, async () => {
    const port = await freePort();
    stack = await startLocalStack(stateDir, port);
    const { url, token } = stack;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    // Writers assign items as fast as they are answered; the stack is killed once events are queued.
    const acknowledged: string[] = [];
    let killedWith: number | undefined;
    let stopWriting = false;
    const writer = async (first: number) => {
      for (let n = first; !stopWriting && n < 1000; n += 8) {
        const answer = await fetch(`${url}/v1/rectifications`, { method: 'POST', headers, body: JSON.stringify(assignment(n)) }).catch(() => undefined);
        if (answer?.status === 201) acknowledged.push(((await answer.json()) as { id: string }).id);
        else if (!stopWriting) throw new Error(`assigning failed: ${answer?.status} ${await answer?.text()}`);
      }
    };
    const writers = Promise.all(Array.from({ length: 8 }, (_, i) => writer(i)));
    while (killedWith === undefined) {
      const queued = await stack.queued();
      if (acknowledged.length >= 60 && queued >= 20) killedWith = queued;
      else if (acknowledged.length >= 600) throw new Error('the consumers kept up with every write; no crash under a backlog happened');
      else await sleep(20);
    }
    stopWriting = true;
    await stack.kill9();
    await writers;
    console.log(`crash: killed with ${killedWith} messages queued after ${acknowledged.length} acknowledged writes`);

    stack = await startLocalStack(stateDir, port);
    const restarted = stack;
    const readHeaders = { authorization: `Bearer ${restarted.token}` };
    // Every acknowledged write is there; on a failure, which ones and what the API said, to tell loss from refusal.
    const missing = [];
    for (const id of acknowledged) {
      const answer = await fetch(`${url}/v1/rectifications/${id}`, { headers: readHeaders });
      if (answer.status !== 200) missing.push({ id, position: acknowledged.indexOf(id), status: answer.status, body: (await answer.text()).slice(0, 200) });
    }
    expect(missing, `of ${acknowledged.length} acknowledged`).toEqual([]);

    // Reconciliation recomputes the year's reports from the records: a lost event or one counted
    // twice shows as a difference. Ask until the refilled queues are drained (deliveries the kill cut
    // short come back after their visibility timeout).
    const reconcile = async () => {
      const answer = await fetch(`${url}/_local/schedules/run`, { method: 'POST', body: JSON.stringify({ name: 'report-reconciliation-nightly' }) });
      return (await answer.json()) as { results: { period: string; figuresCompared: number; differences: unknown[] }[] };
    };
    let outcome = await reconcile();
    let queued = await restarted.queued();
    for (const deadline = Date.now() + 180_000; (queued > 0 || outcome.results.some((r) => r.differences.length)) && Date.now() < deadline; ) {
      await sleep(2000);
      [outcome, queued] = [await reconcile(), await restarted.queued()];
    }
    console.log(`crash: after restart ${outcome.results.map((r) => `${r.period}: ${r.figuresCompared} figures, ${r.differences.length} differences`).join('; ')}; ${queued} messages left`);
    expect(outcome.results.flatMap((r) => r.differences)).toEqual([]);
    expect(queued).toBe(0);
  });
});
