import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '#infra/local/embedded-services.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const stateDir = mkdtempSync(path.join(tmpdir(), 'start-stop-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

/** Whether any process of the group is left (signal 0 only asks). */
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  // A service manager sends SIGTERM to npm alone; Ctrl-C in a terminal sends SIGINT to the whole foreground group.
  it.each([
    ['SIGTERM', 'npm alone'],
    ['SIGINT', 'the process group'],
  ] as const)('stops everything, Java included, on %s to %s', { timeout: 180_000 }, async (signal, to) => {
    const npm = spawn('npm', ['start'], {
      cwd: repoRoot,
      env: { ...process.env, LOCAL_STATE_DIR: stateDir, PORT: String(await freePort()), POWERTOOLS_LOG_LEVEL: 'ERROR' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (const deadline = Date.now() + 90_000; !output.includes('local stack ready'); await sleep(200)) {
      if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output.slice(-2000)}`);
    }
    if (to === 'npm alone') npm.kill(signal);
    else process.kill(-npm.pid!, signal);
    for (const deadline = Date.now() + 60_000; groupAlive(npm.pid!) && Date.now() < deadline; ) await sleep(200);
    const left = groupAlive(npm.pid!);
    if (left) process.kill(-npm.pid!, 'SIGKILL');
    expect(left, output.slice(-1000)).toBe(false);
    expect(output).toContain(`${signal}: stopping`);
  });
});
