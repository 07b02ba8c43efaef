import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '#infra/local/ports.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const stateDir = mkdtempSync(path.join(tmpdir(), 'start-stop-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

/** Runs an operator command as printed by npm start, in the repository, without telling it the port. */
const operatorCommand = async (command: string) => {
  const env: NodeJS.ProcessEnv = { ...process.env, LOCAL_STATE_DIR: stateDir };
  delete env.PORT;
  delete env.API_URL;
  return promisify(execFile)('sh', ['-c', command], { cwd: repoRoot, env }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
};

/** Whether any process of the group is left (signal 0 only asks). */
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `npm start` on its own state directory and a free port, in a process group of its own (to signal or inspect). */
const npmStart = async (state: string) =>
  spawn('npm', ['start'], {
    cwd: repoRoot,
    env: { ...process.env, LOCAL_STATE_DIR: state, PORT: String(await freePort()), POWERTOOLS_LOG_LEVEL: 'ERROR' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('npm start', () => {
  // A service manager sends SIGTERM to npm alone; Ctrl-C in a terminal sends SIGINT to the whole foreground group.
  it.each([
    ['SIGTERM', 'npm alone'],
    ['SIGINT', 'the process group'],
  ] as const)('stops everything, Java included, on %s to %s', { timeout: 180_000 }, async (signal, to) => {
    const npm = await npmStart(stateDir);
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (const deadline = Date.now() + 90_000; !output.includes('local stack ready'); await sleep(200)) {
      if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output.slice(-2000)}`);
    }
    // The banner's schedule command finds this stack on its free port, as printed.
    const printed = /npm run schedule -- \S+ \S+/.exec(output)?.[0];
    if (signal === 'SIGTERM') expect(await operatorCommand(printed!)).toMatchObject({ code: 0, output: expect.stringMatching(/^200 \{"today":"\d{4}-\d\d-\d\d"/m) });

    if (to === 'npm alone') npm.kill(signal);
    else process.kill(-npm.pid!, signal);
    for (const deadline = Date.now() + 60_000; groupAlive(npm.pid!) && Date.now() < deadline; ) await sleep(200);
    const left = groupAlive(npm.pid!);
    if (left) process.kill(-npm.pid!, 'SIGKILL');
    expect(left, output.slice(-1000)).toBe(false);
    expect(output).toContain(`${signal}: stopping`);
    if (signal === 'SIGTERM') expect(await operatorCommand(printed!)).toMatchObject({ code: 2, output: expect.stringContaining('no local stack is running') });
  });

  // Right after a first start the consumers are busy with the example activity. A wrapper that gives the stack a
  // few milliseconds to acknowledge a signal (tsx's CLI: 30 ms) would then kill it outright and orphan Java.
  it('stops cleanly on SIGTERM the moment it is ready on a first start, while its consumers are busy', { timeout: 180_000 }, async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'start-stop-busy-'));
    try {
      const npm = await npmStart(fresh);
      let output = '';
      let signalled = false;
      const exited = new Promise<number | null>((resolve) => npm.on('exit', resolve));
      npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      npm.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (!signalled && output.includes('local stack ready')) signalled = npm.kill('SIGTERM');
      });
      const code = await Promise.race([exited, sleep(120_000).then(() => 'timeout' as const)]);
      for (const deadline = Date.now() + 30_000; groupAlive(npm.pid!) && Date.now() < deadline; ) await sleep(200);
      const left = groupAlive(npm.pid!);
      if (left) process.kill(-npm.pid!, 'SIGKILL');
      expect(output).toContain('example activity done');
      expect({ code, left }, output.slice(-1000)).toEqual({ code: 0, left: false });
      expect(output).toContain('SIGTERM: stopping');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
