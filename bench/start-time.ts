/**
 * `npm run bench`: `npm start` from launch to "local stack ready" as a person sees it (tsx, DynamoDB Local,
 * the runtime, the web build check, example data), on a state directory of its own: the first start (which
 * loads the example data) once, then the second and later starts, the median of three. Each is stopped with
 * SIGTERM, as a service manager stops it, and must exit with everything it started. Goal: ≤ 5 s on a second start.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');
mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const stateDir = mkdtempSync(path.join(repoRoot, '.tmp', 'start-bench-'));

/** One `npm start`: ms until it says it is ready; then stopped with SIGTERM, which npm passes on to the stack. */
const startOnce = () =>
  new Promise<number>((resolve, reject) => {
    const launched = performance.now();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: repoRoot,
      env: { ...process.env, LOCAL_STATE_DIR: stateDir, PORT: '0', POWERTOOLS_LOG_LEVEL: 'ERROR' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let readyMs: number | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (readyMs === undefined && output.includes('local stack ready in')) {
        readyMs = Math.round(performance.now() - launched);
        child.kill('SIGTERM');
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (readyMs !== undefined && code === 0) resolve(readyMs);
      else reject(new Error(`npm start ${readyMs === undefined ? 'never got ready' : `exited ${code} after SIGTERM`}:\n${output.slice(-2000)}`));
    });
  });

try {
  const firstMs = await startOnce();
  const later = [await startOnce(), await startOnce(), await startOnce()].sort((a, b) => a - b);
  const result = { firstStartMs: firstMs, secondStartMs: later[1]!, laterStartsMs: later, goal: 'second start ≤ 5000 ms', met: later[1]! <= 5000 };
  console.log(`npm start to ready: first start ${firstMs} ms (loads the example data); later starts ${later.join(' / ')} ms, median ${later[1]} ms (goal ≤ 5000 ms)`);
  mkdirSync(path.join(repoRoot, '.local', 'bench'), { recursive: true });
  writeFileSync(path.join(repoRoot, '.local', 'bench', 'start-time.json'), JSON.stringify(result, null, 1));
} finally {
  rmSync(stateDir, { recursive: true, force: true });
}
